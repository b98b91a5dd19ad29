"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import { listParts } from "@/components/format/list";
import { useLocale, useT } from "@/components/i18n/provider";
import { InlineEdit } from "@/components/records/inline-edit";
import { recordMessages } from "@/components/records/messages";
import { RecordList, type RecordListProps } from "@/components/records/record-list";
import { checkboxClasses } from "@/components/records/selection";
import { SortHeader } from "@/components/records/sort-header";
import { useListUrl } from "@/components/records/use-list-url";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Select } from "@/components/ui/select";
import { TasksIcon } from "@/components/ui/icons";
import { TD, TH } from "@/components/ui/table";
import type { UserSummary } from "@/lib/users/summaries";
import type { TaskRow } from "./table-row";
import { taskTableMessages } from "./table-messages";
import { LinkFilterChips, LinkFilterSearch, type LinkedFilter } from "./link-filter";
import { useTaskTypeLabel } from "./task-type";
import { TASK_TYPES } from "./types";


type Props = RecordListProps<TaskRow> & {
  now: string;
  filters: { status: string; assignee: string; type: string; links: LinkedFilter[] };
  setDone: (ids: string[], done: boolean) => Promise<ActionResult<{ count: number }>>;
};

/** The URL filters of the task table: status, assignee, type, and the linked deal, contact or account. */
function TaskFilters({ filters, users, currentUserId }: { filters: Props["filters"]; users: UserSummary[]; currentUserId: string }) {
  const t = useT(taskTableMessages);
  const typeLabel = useTaskTypeLabel();
  const { update } = useListUrl();
  const set = (key: string) => (e: React.ChangeEvent<HTMLSelectElement>) => update({ [key]: e.target.value, page: null });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="w-36">
        <Select aria-label={t("filter.status")} value={filters.status} onChange={set("status")} className="h-9">
          <option value="open">{t("filter.statusOpen")}</option>
          <option value="completed">{t("filter.statusCompleted")}</option>
          <option value="all">{t("filter.statusAll")}</option>
        </Select>
      </div>
      <div className="w-44">
        <Select aria-label={t("filter.assignee")} value={filters.assignee} onChange={set("assignee")} className="h-9">
          <option value="">{t("filter.anyAssignee")}</option>
          <option value="me">{t("filter.me")}</option>
          {users
            .filter((u) => u.id !== currentUserId)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </Select>
      </div>
      <div className="w-40">
        <Select aria-label={t("filter.type")} value={filters.type} onChange={set("type")} className="h-9">
          <option value="">{t("filter.anyType")}</option>
          {TASK_TYPES.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </Select>
      </div>
      <LinkFilterSearch />
      {filters.links.length > 0 && (
        <div className="basis-full">
          <LinkFilterChips links={filters.links} />
        </div>
      )}
    </div>
  );
}

/** The task table (`/tasks/all`): the shared record list with the task's own columns and bulk complete / reopen. */
export function TasksTable({ now, filters, setDone, ...props }: Props) {
  const t = useT(taskTableMessages);
  const r = useT(recordMessages);
  const router = useRouter();
  const typeLabel = useTaskTypeLabel();
  const locale = useLocale();
  const explain = useFailureSentence();
  const [toggling, setToggling] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const save = (id: string, field: string) => (value: unknown) => props.actions.update(id, { [field]: value });
  const nowMs = Date.parse(now);
  const filtered = filters.status !== "open" || !!filters.assignee || !!filters.type || filters.links.length > 0;

  async function toggle(task: TaskRow) {
    setToggling(task.id);
    setFailure(null);
    const result = await setDone([task.id], !task.completed);
    setToggling(null);
    if (result.ok) router.refresh();
    else setFailure(`${t("toggleFailed", { title: task.title })} ${explain(result)}`);
  }

  return (
    <>
      {failure && (
        <Alert tone="error" className="mb-3">
          {failure}
        </Alert>
      )}
      <RecordList
        {...props}
        filter={props.filter || (filtered ? "on" : "")}
        filterSlot={<TaskFilters filters={filters} users={props.users} currentUserId={props.currentUserId} />}
        path="/tasks/all"
        label={t("title")}
        rowTestId="task-table-row"
        searchPlaceholder={t("searchPlaceholder")}
        assignLabel={t("assignTo")}
        bulkDoneText={(kind, count) => t(kind === "assign" ? "assignedMany" : "deletedMany", { count })}
        ownerHeader={
          <SortHeader field="assignee" current={props.sort}>
            {t("col.assignee")}
          </SortHeader>
        }
        rowClassName={(row) => (row.completed ? "text-slate-500" : undefined)}
        bulkActions={[
          { key: "complete", label: t("complete"), run: (ids) => setDone(ids, true), done: (count) => t("completedMany", { count }) },
          { key: "reopen", label: t("reopen"), run: (ids) => setDone(ids, false), done: (count) => t("reopenedMany", { count }) },
        ]}
        create={{
          buttonLabel: t("new"),
          title: t("createTitle"),
          description: t("createDescription"),
          done: t("created"),
          fields: [{ name: "title", label: t("field.title"), autoFocus: true }],
        }}
        empty={{ icon: <TasksIcon />, title: t("emptyTitle"), description: t("emptyDescription") }}
        deleteTitle={(count) => t("deleteTitle", { count })}
        deleteBody={t("deleteBody")}
        headers={
          <>
            <TH className="w-12">{t("col.done")}</TH>
            <SortHeader field="title" current={props.sort}>
              {t("col.title")}
            </SortHeader>
            <SortHeader field="type" current={props.sort}>
              {t("col.type")}
            </SortHeader>
            <SortHeader field="dueAt" current={props.sort}>
              {t("col.due")}
            </SortHeader>
            <TH>{t("col.links")}</TH>
            <TH>{t("col.status")}</TH>
          </>
        }
        cells={(task) => {
          const overdue = !task.completed && task.dueAt !== null && Date.parse(task.dueAt) < nowMs;
          const links = [
            task.deal && { href: `/deals/${task.deal.id}`, name: task.deal.name },
            task.contact && { href: `/contacts/${task.contact.id}`, name: task.contact.name },
            task.account && { href: `/accounts/${task.account.id}`, name: task.account.name },
          ].filter((l): l is { href: string; name: string } => !!l);
          return (
            <>
              <TD>
                <input
                  type="checkbox"
                  className={checkboxClasses}
                  checked={task.completed}
                  disabled={toggling === task.id}
                  aria-label={t(task.completed ? "markOpen" : "markDone", { title: task.title })}
                  onChange={() => toggle(task)}
                />
              </TD>
              <TD className={`min-w-44 max-w-64 font-medium ${task.completed ? "line-through" : "text-slate-900"}`}>
                <InlineEdit name="title" label={t("field.title")} value={task.title} required maxLength={200} save={save(task.id, "title")} />
              </TD>
              <TD>
                <InlineEdit
                  name="type"
                  label={t("field.type")}
                  type="select"
                  required
                  options={TASK_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))}
                  value={task.type}
                  save={save(task.id, "type")}
                />
              </TD>
              <TD className="whitespace-nowrap">
                <InlineEdit name="dueAt" label={t("field.dueAt")} type="datetime" value={task.dueAt} save={save(task.id, "dueAt")} />
              </TD>
              <TD className="max-w-56 truncate">
                {links.length === 0 ? (
                  <span className="text-slate-400">{r("empty")}</span>
                ) : (
                  // "Deal, Contact and Account" with the reader's separators; each name keeps its own direction.
                  listParts(links.length, locale).map((part, i) =>
                    typeof part === "string" ? (
                      <span key={i}>{part}</span>
                    ) : (
                      <Link key={i} href={links[part.item]!.href} className="hover:text-indigo-700 hover:underline">
                        <bdi>{links[part.item]!.name}</bdi>
                      </Link>
                    ),
                  )
                )}
              </TD>
              <TD>
                {task.completed ? <Badge tone="success">{t("done")}</Badge> : overdue ? <Badge tone="danger">{t("overdue")}</Badge> : <Badge>{t("open")}</Badge>}
              </TD>
            </>
          );
        }}
      />
    </>
  );
}
