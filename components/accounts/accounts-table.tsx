"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ContactActions as RecordActions } from "@/components/contacts/contacts-table";
import { formatDate } from "@/components/format/date";
import { useLocale, useT } from "@/components/i18n/provider";
import { BulkBar } from "@/components/records/bulk-bar";
import { CreateDialog } from "@/components/records/create-dialog";
import { CustomCell, type CustomColumn } from "@/components/records/custom-values";
import { InlineEdit } from "@/components/records/inline-edit";
import { ListToolbar } from "@/components/records/list-toolbar";
import { recordMessages } from "@/components/records/messages";
import { Pager } from "@/components/records/pager";
import { checkboxClasses, useSelection } from "@/components/records/selection";
import { SortHeader } from "@/components/records/sort-header";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AccountsIcon, SearchIcon } from "@/components/ui/icons";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { RestAccount } from "@/lib/http/openapi/rest-schemas";
import type { UserSummary } from "@/lib/users/summaries";
import { accountMessages } from "./messages";

type Props = {
  rows: RestAccount[];
  meta: { total: number; limit: number; offset: number };
  sort: string;
  q: string;
  /** The applied saved filter (`?filter=`), if any. */
  filter?: string;
  /** The saved-filter selector, shown beside the search. */
  filterSlot?: React.ReactNode;
  users: UserSummary[];
  currentUserId: string;
  /** One column per custom field of the entity. */
  customColumns: CustomColumn[];
  actions: RecordActions;
};

/** The account list: sortable columns, search, paging with the total, selection with bulk actions, edit in place. */
export function AccountsTable({ rows, meta, sort, q, filter, filterSlot, users, currentUserId, customColumns, actions }: Props) {
  const t = useT(accountMessages);
  const r = useT(recordMessages);
  const locale = useLocale();
  const router = useRouter();
  const selection = useSelection(rows.map((a) => a.id));
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const create = (
    <CreateDialog
      buttonLabel={t("new")}
      title={t("createTitle")}
      description={t("createDescription")}
      create={actions.create}
      onCreated={() => {
        setNotice({ tone: "success", text: t("created") });
        router.refresh();
      }}
      fields={[
        { name: "name", label: t("field.name"), autoFocus: true },
        { name: "industry", label: t("field.industry"), half: true },
        { name: "city", label: t("field.city"), half: true },
        { name: "website", label: t("field.website"), type: "url", half: true },
        { name: "primaryEmail", label: t("field.primaryEmail"), type: "email", half: true },
      ]}
    />
  );
  const save = (id: string, field: string) => (value: unknown) => actions.update(id, { [field]: value });

  return (
    <div className="space-y-4">
      <ListToolbar filters={filterSlot}>{create}</ListToolbar>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {selection.ids.length > 0 && (
        <BulkBar
          ids={selection.ids}
          users={users}
          currentUserId={currentUserId}
          assign={actions.assign}
          remove={actions.remove}
          deleteTitle={t("deleteTitle", { count: selection.ids.length })}
          deleteBody={t("deleteBody")}
          onClear={selection.clear}
          onDone={(text) => {
            selection.clear();
            setNotice({ tone: "success", text });
            router.refresh();
          }}
          onError={(text) => setNotice({ tone: "error", text })}
        />
      )}
      <Card className="overflow-hidden p-0">
        {rows.length === 0 ? (
          q || filter ? (
            <EmptyState
              icon={<SearchIcon />}
              title={q ? r("noResults", { q }) : r("noFilterResults")}
              description={filter ? r("noFilterResultsHint") : r("noResultsHint")}
              action={
                <Button variant="secondary" onClick={() => router.replace("/accounts")}>
                  {filter ? r("showAll") : r("clearSearch")}
                </Button>
              }
            />
          ) : (
            <EmptyState icon={<AccountsIcon />} title={t("emptyTitle")} description={t("emptyDescription")} action={create} />
          )
        ) : (
          <>
            <Table aria-label={t("title")}>
              <THead>
                <tr>
                  <TH className="w-10">
                    <input
                      type="checkbox"
                      className={checkboxClasses}
                      aria-label={r("selectAll")}
                      checked={selection.allOnPage}
                      ref={(el) => {
                        if (el) el.indeterminate = selection.some;
                      }}
                      onChange={selection.toggleAll}
                    />
                  </TH>
                  <SortHeader field="name" current={sort}>
                    {t("col.name")}
                  </SortHeader>
                  <SortHeader field="industry" current={sort}>
                    {t("col.industry")}
                  </SortHeader>
                  <SortHeader field="city" current={sort}>
                    {t("col.city")}
                  </SortHeader>
                  <TH>{t("col.contacts")}</TH>
                  <TH>{r("owner")}</TH>
                  {customColumns.map((c) => (
                    <TH key={c.name}>{c.label}</TH>
                  ))}
                  <SortHeader field="createdAt" current={sort}>
                    {r("created")}
                  </SortHeader>
                </tr>
              </THead>
              <TBody>
                {rows.map((a) => (
                  <TR key={a.id} data-testid="account-row" className={selection.has(a.id) ? "bg-indigo-50/40" : undefined}>
                    <TD>
                      <input type="checkbox" className={checkboxClasses} aria-label={r("selectRow", { name: a.name })} checked={selection.has(a.id)} onChange={() => selection.toggle(a.id)} />
                    </TD>
                    <TD className="font-medium text-slate-900">
                      <Link href={`/accounts/${a.id}`} className="flex items-center gap-2 hover:text-indigo-700 hover:underline">
                        <Avatar name={a.name} seed={a.id} size="sm" className="rounded-md" />
                        <span className="max-w-56 truncate">{a.name}</span>
                      </Link>
                    </TD>
                    <TD className="max-w-48">
                      <InlineEdit name="industry" label={t("field.industry")} value={a.industry} save={save(a.id, "industry")} />
                    </TD>
                    <TD className="max-w-40">
                      <InlineEdit name="city" label={t("field.city")} value={a.city} save={save(a.id, "city")} />
                    </TD>
                    <TD>
                      {a.contacts.length ? t("contactCount", { count: a.contacts.length }) : <span className="text-slate-400">{r("empty")}</span>}
                    </TD>
                    <TD>
                      {a.owner ? (
                        <span className="flex items-center gap-2" title={a.owner.email}>
                          <Avatar name={a.owner.name} seed={a.owner.email} size="sm" />
                          <span className="max-w-32 truncate">{a.owner.id === currentUserId ? r("you") : a.owner.name}</span>
                        </span>
                      ) : (
                        <span className="text-slate-400">{r("noOwner")}</span>
                      )}
                    </TD>
                    {customColumns.map((col) => (
                      <TD key={col.name} className="max-w-56">
                        <CustomCell column={col} value={a.customFields[col.name]} save={(input) => actions.update(a.id, input)} />
                      </TD>
                    ))}
                    <TD>{formatDate(a.createdAt, locale)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
            <Pager total={meta.total} offset={meta.offset} limit={meta.limit} />
          </>
        )}
      </Card>
    </div>
  );
}
