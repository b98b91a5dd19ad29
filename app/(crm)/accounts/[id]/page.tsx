import type { Metadata } from "next";
import { customColumns } from "@/components/records/custom-columns";
import { searchAction } from "@/app/actions/search";
import { completeTaskAction } from "@/app/(crm)/tasks/actions";
import { AccountRecord } from "@/components/accounts/account-record";
import { requirePageCtx } from "@/lib/auth/session";
import { orNotFound } from "@/lib/server/or-not-found";
import { getAccount } from "@/lib/accounts/get";
import type { AccountListItem } from "@/lib/accounts/list";
import { listRelatedDeals } from "@/lib/deals/related";
import { restTask } from "@/lib/http/serializers/tasks";
import { listTasks } from "@/lib/tasks/list";
import { restAccount } from "@/lib/http/serializers/rest";
import { listOwnerChoices } from "@/lib/users/summaries";
import { listCustomFields } from "@/lib/custom-fields/list";
import { deleteAccountAction, updateAccountAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

/** The account, or the not-found page for an unknown, deleted, malformed or other workspace's id. */
async function load(id: string): Promise<AccountListItem> {
  return orNotFound(getAccount({ ctx: await requirePageCtx(), id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).name };
}

export default async function AccountPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requirePageCtx();
  const account = await load(id);
  const [deals, users, fields, tasks] = await Promise.all([
    listRelatedDeals({ ctx, of: { accountId: id } }),
    listOwnerChoices({ ctx }),
    listCustomFields({ ctx, entity: "account" }),
    listTasks({ ctx, query: { accountId: id, status: "open", sort: "dueAt", limit: 50 } }),
  ]);
  const columns = customColumns(fields);
  return (
    <AccountRecord
      account={restAccount(account)}
      deals={deals}
      tasks={tasks.data.map(restTask)}
      completeTask={completeTaskAction}
      users={users}
      currentUserId={ctx.userId}
      customColumns={columns}
      update={updateAccountAction}
      remove={deleteAccountAction}
      search={searchAction}
    />
  );
}
