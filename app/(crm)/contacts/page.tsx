import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { contactMessages } from "@/components/contacts/messages";
import { getT } from "@/components/i18n/server";
import { listQuery } from "@/components/records/list-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";
import { listContacts } from "@/lib/contacts/list";
import { REST_CONTACT_SORTS } from "@/lib/contacts/schemas";
import { restContact } from "@/lib/http/serializers/rest";
import { listOwnerChoices } from "@/lib/users/summaries";
import { listCustomFields } from "@/lib/custom-fields/list";
import { bulkAssignContactsAction, bulkDeleteContactsAction, createContactAction, updateContactAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(contactMessages);
  return { title: t("title") };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageCtx();
  const t = await getT(contactMessages);
  const { q, sort, page, query } = listQuery(await searchParams, REST_CONTACT_SORTS, "name");
  const [list, users, fields] = await Promise.all([listContacts({ ctx, query }), listOwnerChoices({ ctx }), listCustomFields({ ctx, entity: "contact" })]);
  const customColumns = fields.map((f) => ({ name: f.fieldName, label: f.label, type: f.fieldType }));
  // Past the last page (after deletions, say): go to the last page that exists.
  if (list.data.length === 0 && page > 1 && list.meta.total > 0) redirect(`/contacts?${new URLSearchParams({ ...(q ? { q } : {}), sort, page: String(Math.ceil(list.meta.total / query.limit)) })}`);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("description")} />
      <ContactsTable
        rows={list.data.map(restContact)}
        meta={list.meta}
        sort={sort}
        q={q}
        users={users}
        currentUserId={ctx.userId}
        customColumns={customColumns}
        actions={{ create: createContactAction, update: updateContactAction, assign: bulkAssignContactsAction, remove: bulkDeleteContactsAction }}
      />
    </div>
  );
}
