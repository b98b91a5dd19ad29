"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
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
import { ContactsIcon, SearchIcon } from "@/components/ui/icons";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { RestContact } from "@/lib/http/openapi/rest-schemas";
import type { UserSummary } from "@/lib/users/summaries";
import { contactMessages } from "./messages";

export type ContactActions = {
  create: (input: Record<string, unknown>) => Promise<ActionResult<{ id: string }>>;
  update: (id: string, input: Record<string, unknown>) => Promise<ActionResult>;
  assign: (ids: string[], ownerId: string | null) => Promise<ActionResult<{ count: number }>>;
  remove: (ids: string[]) => Promise<ActionResult<{ count: number }>>;
};

type Props = {
  rows: RestContact[];
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
  actions: ContactActions;
};

/** The contact list: sortable columns, search, paging with the total, selection with bulk actions, edit in place. */
export function ContactsTable({ rows, meta, sort, q, filter, filterSlot, users, currentUserId, customColumns, actions }: Props) {
  const t = useT(contactMessages);
  const r = useT(recordMessages);
  const locale = useLocale();
  const router = useRouter();
  const selection = useSelection(rows.map((c) => c.id));
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
        { name: "firstName", label: t("field.firstName"), autoFocus: true, half: true },
        { name: "lastName", label: t("field.lastName"), half: true },
        { name: "primaryEmail", label: t("field.primaryEmail"), type: "email" },
        { name: "mobilePhone", label: t("field.mobilePhone"), type: "tel", half: true },
        { name: "companyName", label: t("field.companyName"), half: true },
        { name: "jobTitle", label: t("field.jobTitle") },
      ]}
    />
  );
  const save = (id: string, field: string) => (value: unknown) => actions.update(id, { [field]: value });

  return (
    <div className="space-y-4">
      <ListToolbar filters={filterSlot}>{create}</ListToolbar>
      {notice && (
        <Alert tone={notice.tone} className="flex items-center justify-between gap-2">
          {notice.text}
        </Alert>
      )}
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
                <Button variant="secondary" onClick={() => router.replace("/contacts")}>
                  {filter ? r("showAll") : r("clearSearch")}
                </Button>
              }
            />
          ) : (
            <EmptyState icon={<ContactsIcon />} title={t("emptyTitle")} description={t("emptyDescription")} action={create} />
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
                  <SortHeader field="primaryEmail" current={sort}>
                    {t("col.email")}
                  </SortHeader>
                  <TH>{t("col.phone")}</TH>
                  <SortHeader field="companyName" current={sort}>
                    {t("col.company")}
                  </SortHeader>
                  <TH>{t("col.accounts")}</TH>
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
                {rows.map((c) => (
                  <TR key={c.id} data-testid="contact-row" className={selection.has(c.id) ? "bg-indigo-50/40" : undefined}>
                    <TD>
                      <input type="checkbox" className={checkboxClasses} aria-label={r("selectRow", { name: c.name })} checked={selection.has(c.id)} onChange={() => selection.toggle(c.id)} />
                    </TD>
                    <TD className="font-medium text-slate-900">
                      <Link href={`/contacts/${c.id}`} className="flex items-center gap-2 hover:text-indigo-700 hover:underline">
                        <Avatar name={c.name || "?"} seed={c.id} size="sm" />
                        <span className="max-w-52 truncate">{c.name || t("noName")}</span>
                      </Link>
                    </TD>
                    <TD className="max-w-64">
                      <InlineEdit name="primaryEmail" label={t("field.primaryEmail")} type="email" value={c.primaryEmail} save={save(c.id, "primaryEmail")} />
                    </TD>
                    <TD>
                      {c.mobilePhone || !c.workPhone ? (
                        <InlineEdit name="mobilePhone" label={t("field.mobilePhone")} type="tel" value={c.mobilePhone} save={save(c.id, "mobilePhone")} />
                      ) : (
                        <InlineEdit name="workPhone" label={t("field.workPhone")} type="tel" value={c.workPhone} save={save(c.id, "workPhone")} />
                      )}
                    </TD>
                    <TD className="max-w-48">
                      <InlineEdit name="companyName" label={t("field.companyName")} value={c.companyName} save={save(c.id, "companyName")} />
                    </TD>
                    <TD className="max-w-56 truncate">
                      {c.accounts.length === 0 ? (
                        <span className="text-slate-400">{r("empty")}</span>
                      ) : (
                        c.accounts.map((a, i) => (
                          <span key={a.id}>
                            {i > 0 && ", "}
                            <Link href={`/accounts/${a.id}`} className="hover:text-indigo-700 hover:underline">
                              {a.name}
                            </Link>
                          </span>
                        ))
                      )}
                    </TD>
                    <TD>
                      {c.owner ? (
                        <span className="flex items-center gap-2" title={c.owner.email}>
                          <Avatar name={c.owner.name} seed={c.owner.email} size="sm" />
                          <span className="max-w-32 truncate">{c.owner.id === currentUserId ? r("you") : c.owner.name}</span>
                        </span>
                      ) : (
                        <span className="text-slate-400">{r("noOwner")}</span>
                      )}
                    </TD>
                    {customColumns.map((col) => (
                      <TD key={col.name} className="max-w-56">
                        <CustomCell column={col} value={c.customFields[col.name]} save={(input) => actions.update(c.id, input)} />
                      </TD>
                    ))}
                    <TD>{formatDate(c.createdAt, locale)}</TD>
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
