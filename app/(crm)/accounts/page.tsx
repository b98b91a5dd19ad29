import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountsTable } from "@/components/accounts/accounts-table";
import { accountMessages } from "@/components/accounts/messages";
import { getT } from "@/components/i18n/server";
import { listQuery } from "@/components/records/list-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";
import { listAccountsPage } from "@/lib/accounts/list";
import { REST_ACCOUNT_SORTS } from "@/lib/accounts/schemas";
import { restAccount } from "@/lib/http/serializers/rest";
import { listOwnerChoices } from "@/lib/users/summaries";
import { listCustomFields } from "@/lib/custom-fields/list";
import { bulkAssignAccountsAction, bulkDeleteAccountsAction, createAccountAction, updateAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(accountMessages);
  return { title: t("title") };
}

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageCtx();
  const t = await getT(accountMessages);
  const { q, sort, page, query } = listQuery(await searchParams, REST_ACCOUNT_SORTS, "name");
  const [list, users, fields] = await Promise.all([listAccountsPage({ ctx, query }), listOwnerChoices({ ctx }), listCustomFields({ ctx, entity: "account" })]);
  const customColumns = fields.map((f) => ({ name: f.fieldName, label: f.label, type: f.fieldType }));
  // Past the last page (after deletions, say): go to the last page that exists.
  if (list.data.length === 0 && page > 1 && list.meta.total > 0) redirect(`/accounts?${new URLSearchParams({ ...(q ? { q } : {}), sort, page: String(Math.ceil(list.meta.total / query.limit)) })}`);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("description")} />
      <AccountsTable
        rows={list.data.map(restAccount)}
        meta={list.meta}
        sort={sort}
        q={q}
        users={users}
        currentUserId={ctx.userId}
        customColumns={customColumns}
        actions={{ create: createAccountAction, update: updateAccountAction, assign: bulkAssignAccountsAction, remove: bulkDeleteAccountsAction }}
      />
    </div>
  );
}
