"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { formatDate } from "@/components/format/date";
import { useLocale, useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchIcon } from "@/components/ui/icons";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { UserSummary } from "@/lib/users/summaries";
import { BulkBar, type BulkAction } from "./bulk-bar";
import { CreateDialog, type CreateField } from "./create-dialog";
import type { CustomColumn } from "./custom-columns";
import { CustomCell } from "./custom-values";
import { ListToolbar } from "./list-toolbar";
import { recordMessages } from "./messages";
import { Pager } from "./pager";
import { checkboxClasses, useSelection } from "./selection";
import { SortHeader } from "./sort-header";

/** What a list does to its records (the server actions of the section). */
export type RecordListActions = {
  create: (input: Record<string, unknown>) => Promise<ActionResult<{ id: string }>>;
  update: (id: string, input: Record<string, unknown>) => Promise<ActionResult>;
  assign: (ids: string[], ownerId: string | null) => Promise<ActionResult<{ count: number }>>;
  remove: (ids: string[]) => Promise<ActionResult<{ count: number }>>;
};

/** A row as every record list shows it: the entity's own cells come from `cells`. */
export type RecordListRow = { id: string; name: string; owner: UserSummary | null; createdAt: string; customFields: Record<string, unknown> };

/** The data and state a list page hands to its table. */
export type RecordListProps<R extends RecordListRow> = {
  rows: R[];
  meta: { total: number; limit: number; offset: number };
  sort: string;
  q: string;
  /** The applied saved filter (`?filter=`), if any. */
  filter?: string;
  /** The saved-filter selector, shown beside the search. */
  filterSlot?: ReactNode;
  users: UserSummary[];
  currentUserId: string;
  /** One column per custom field of the entity, edited in place. */
  customColumns: CustomColumn[];
  actions: RecordListActions;
};

type Props<R extends RecordListRow> = RecordListProps<R> & {
  /** The list's path, where "clear search" leads. */
  path: string;
  label: string;
  rowTestId: string;
  create: { buttonLabel: string; title: string; description: string; fields: CreateField[]; done: string };
  empty: { icon: ReactNode; title: string; description: string };
  deleteTitle: (count: number) => string;
  deleteBody: string;
  /** The entity's own column headers (after the selection box, before the owner). */
  headers: ReactNode;
  /** The entity's own cells of a row, matching `headers`. */
  cells: (row: R) => ReactNode;
  /** The owner column's header (tasks: a sortable "Assignee"). */
  ownerHeader?: ReactNode;
  /** Further bulk actions (tasks: complete, reopen) and the assign select's label. */
  bulkActions?: BulkAction[];
  assignLabel?: string;
  /** What to say after a bulk assign or delete, in the list's own words ("3 tasks assigned.", "2 contacts deleted."). */
  bulkDoneText: (kind: "assign" | "delete", count: number) => string;
  searchPlaceholder?: string;
  /** A row's extra class (tasks: done rows are dimmed). */
  rowClassName?: (row: R) => string | undefined;
};

/**
 * A record list (contacts, accounts): toolbar with search, saved filter and create; selection with bulk
 * assign and delete; empty, no-match and result states; the entity's columns, then owner, one column per
 * custom field (edited in place), created, and the pager.
 */
export function RecordList<R extends RecordListRow>(props: Props<R>) {
  const { rows, meta, sort, q, filter, filterSlot, users, currentUserId, customColumns, actions, path, label, rowTestId, create, empty, headers, cells } = props;
  const r = useT(recordMessages);
  const locale = useLocale();
  const router = useRouter();
  const selection = useSelection(rows.map((row) => row.id));
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const createButton = (
    <CreateDialog
      buttonLabel={create.buttonLabel}
      title={create.title}
      description={create.description}
      create={actions.create}
      onCreated={() => {
        setNotice({ tone: "success", text: create.done });
        router.refresh();
      }}
      fields={create.fields}
    />
  );

  return (
    <div className="space-y-4">
      <ListToolbar filters={filterSlot} placeholder={props.searchPlaceholder}>{createButton}</ListToolbar>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {selection.ids.length > 0 && (
        <BulkBar
          ids={selection.ids}
          extra={props.bulkActions}
          assignLabel={props.assignLabel}
          users={users}
          currentUserId={currentUserId}
          assign={actions.assign}
          remove={actions.remove}
          deleteTitle={props.deleteTitle(selection.ids.length)}
          deleteBody={props.deleteBody}
          doneText={props.bulkDoneText}
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
                <Button variant="secondary" onClick={() => router.replace(path)}>
                  {filter ? r("showAll") : r("clearSearch")}
                </Button>
              }
            />
          ) : (
            <EmptyState icon={empty.icon} title={empty.title} description={empty.description} action={createButton} />
          )
        ) : (
          <>
            <Table aria-label={label}>
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
                  {headers}
                  {props.ownerHeader ?? <TH>{r("owner")}</TH>}
                  {customColumns.map((c) => (
                    <TH key={c.name}>{c.label}</TH>
                  ))}
                  <SortHeader field="createdAt" current={sort}>
                    {r("created")}
                  </SortHeader>
                </tr>
              </THead>
              <TBody>
                {rows.map((row) => (
                  <TR key={row.id} data-testid={rowTestId} className={[selection.has(row.id) ? "bg-indigo-50/40" : "", props.rowClassName?.(row) ?? ""].join(" ").trim() || undefined}>
                    <TD>
                      <input type="checkbox" className={checkboxClasses} aria-label={r("selectRow", { name: row.name })} checked={selection.has(row.id)} onChange={() => selection.toggle(row.id)} />
                    </TD>
                    {cells(row)}
                    <TD>
                      {row.owner ? (
                        <span className="flex items-center gap-2" title={row.owner.email}>
                          <Avatar name={row.owner.name} seed={row.owner.email} size="sm" />
                          <span className="max-w-32 truncate">{row.owner.id === currentUserId ? r("you") : row.owner.name}</span>
                        </span>
                      ) : (
                        <span className="text-slate-400">{r("noOwner")}</span>
                      )}
                    </TD>
                    {customColumns.map((col) => (
                      <TD key={col.name} className="max-w-56">
                        <CustomCell column={col} value={row.customFields[col.name]} save={(input) => actions.update(row.id, input)} />
                      </TD>
                    ))}
                    <TD>{formatDate(row.createdAt, locale)}</TD>
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
