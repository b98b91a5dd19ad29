import type { Metadata } from "next";
import { customColumns } from "@/components/records/custom-columns";
import { redirect } from "next/navigation";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { contactMessages } from "@/components/contacts/messages";
import { getT } from "@/components/i18n/server";
import { listQuery, loadWithFilter } from "@/components/records/list-params";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import { SavedFilterSelect } from "@/components/query-builder/saved-filter-select";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";
import { listContacts } from "@/lib/contacts/list";
import { REST_CONTACT_SORTS } from "@/lib/contacts/schemas";
import { restContact } from "@/lib/http/serializers/rest";
import { listSavedFilterOptions } from "@/lib/saved-filters/options";
import { listOwnerChoices } from "@/lib/users/summaries";
import { listCustomFields } from "@/lib/custom-fields/list";
import { bulkAssignContactsAction, bulkDeleteContactsAction, createContactAction, updateContactAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(contactMessages);
  return { title: t("title") };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageCtx();
  const qb = await getT(queryBuilderMessages);
  const t = await getT(contactMessages);
  const { q, sort, page, filter, query } = listQuery(await searchParams, REST_CONTACT_SORTS, "name");
  const [{ result: list, filterGone }, users, fields, savedFilters] = await Promise.all([
    loadWithFilter(query, (query) => listContacts({ ctx, query })),
    listOwnerChoices({ ctx }),
    listCustomFields({ ctx, entity: "contact" }),
    listSavedFilterOptions({ ctx, module: "contact" }),
  ]);
  const columns = customColumns(fields);
  // Past the last page (after deletions, say): go to the last page that exists.
  if (list.data.length === 0 && page > 1 && list.meta.total > 0) redirect(`/contacts?${new URLSearchParams({ ...(q ? { q } : {}), ...(filter && !filterGone ? { filter } : {}), sort, page: String(Math.ceil(list.meta.total / query.limit)) })}`);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("description")} />
      {filterGone && <Alert tone="warning">{qb("filterGone")}</Alert>}
      <ContactsTable
        rows={list.data.map(restContact)}
        meta={list.meta}
        sort={sort}
        q={q}
        filter={filterGone ? "" : filter}
        filterSlot={<SavedFilterSelect filters={savedFilters} entity="contact" />}
        users={users}
        currentUserId={ctx.userId}
        customColumns={columns}
        actions={{ create: createContactAction, update: updateContactAction, assign: bulkAssignContactsAction, remove: bulkDeleteContactsAction }}
      />
    </div>
  );
}
