import type { Metadata } from "next";
import { customColumns } from "@/components/records/custom-columns";
import { searchAction } from "@/app/actions/search";
import { completeTaskAction } from "@/app/(crm)/tasks/actions";
import { ContactRecord } from "@/components/contacts/contact-record";
import { requirePageCtx } from "@/lib/auth/session";
import { orNotFound } from "@/lib/server/or-not-found";
import { getContact } from "@/lib/contacts/get";
import { contactName, type ContactView } from "@/lib/contacts/views";
import { listRelatedDeals } from "@/lib/deals/related";
import { restTask } from "@/lib/http/serializers/tasks";
import { listTasks } from "@/lib/tasks/list";
import { restContact } from "@/lib/http/serializers/rest";
import { listOwnerChoices } from "@/lib/users/summaries";
import { listCustomFields } from "@/lib/custom-fields/list";
import { deleteContactAction, updateContactAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

/** The contact, or the not-found page for an unknown, deleted, malformed or other workspace's id. */
async function load(id: string): Promise<ContactView> {
  return orNotFound(getContact({ ctx: await requirePageCtx(), id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: contactName(await load((await params).id)) };
}

export default async function ContactPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requirePageCtx();
  const contact = await load(id);
  const [deals, users, fields, tasks] = await Promise.all([
    listRelatedDeals({ ctx, of: { contactId: id } }),
    listOwnerChoices({ ctx }),
    listCustomFields({ ctx, entity: "contact" }),
    listTasks({ ctx, query: { contactId: id, status: "open", sort: "dueAt", limit: 50 } }),
  ]);
  const columns = customColumns(fields);
  return (
    <ContactRecord
      contact={restContact(contact)}
      deals={deals}
      tasks={tasks.data.map(restTask)}
      completeTask={completeTaskAction}
      users={users}
      currentUserId={ctx.userId}
      customColumns={columns}
      update={updateContactAction}
      remove={deleteContactAction}
      search={searchAction}
    />
  );
}
