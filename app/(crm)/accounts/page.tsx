import type { Metadata } from "next";
import { customColumns } from "@/components/records/custom-columns";
import { redirect } from "next/navigation";
import { AccountsTable } from "@/components/accounts/accounts-table";
import { accountMessages } from "@/components/accounts/messages";
import { getT } from "@/components/i18n/server";
import { listQuery, loadWithFilter } from "@/components/records/list-params";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import { SavedFilterSelect } from "@/components/query-builder/saved-filter-select";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";
import { listAccountsPage } from "@/lib/accounts/list";
import { REST_ACCOUNT_SORTS } from "@/lib/accounts/schemas";
import { restAccount } from "@/lib/http/serializers/rest";
import { listSavedFilterOptions } from "@/lib/saved-filters/options";
import { listOwnerChoices } from "@/lib/users/summaries";
import { listCustomFields } from "@/lib/custom-fields/list";
import { bulkAssignAccountsAction, bulkDeleteAccountsAction, createAccountAction, updateAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(accountMessages);
  return { title: t("title") };
}

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageCtx();
  const qb = await getT(queryBuilderMessages);
  const t = await getT(accountMessages);
  const { q, sort, page, filter, query } = listQuery(await searchParams, REST_ACCOUNT_SORTS, "name");
  const [{ result: list, filterGone }, users, fields, savedFilters] = await Promise.all([
    loadWithFilter(query, (query) => listAccountsPage({ ctx, query })),
    listOwnerChoices({ ctx }),
    listCustomFields({ ctx, entity: "account" }),
    listSavedFilterOptions({ ctx, module: "account" }),
  ]);
  const columns = customColumns(fields);
  // Past the last page (after deletions, say): go to the last page that exists.
  if (list.data.length === 0 && page > 1 && list.meta.total > 0) redirect(`/accounts?${new URLSearchParams({ ...(q ? { q } : {}), ...(filter && !filterGone ? { filter } : {}), sort, page: String(Math.ceil(list.meta.total / query.limit)) })}`);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("description")} />
      {filterGone && <Alert tone="warning">{qb("filterGone")}</Alert>}
      <AccountsTable
        rows={list.data.map(restAccount)}
        meta={list.meta}
        sort={sort}
        q={q}
        filter={filterGone ? "" : filter}
        filterSlot={<SavedFilterSelect filters={savedFilters} entity="account" />}
        users={users}
        currentUserId={ctx.userId}
        customColumns={columns}
        actions={{ create: createAccountAction, update: updateAccountAction, assign: bulkAssignAccountsAction, remove: bulkDeleteAccountsAction }}
      />
    </div>
  );
}
