import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getT } from "@/components/i18n/server";
import { customColumns } from "@/components/records/custom-columns";
import { listQuery } from "@/components/records/list-params";
import { taskTableMessages } from "@/components/tasks/table-messages";
import { toTaskRow } from "@/components/tasks/table-row";
import { TasksTable } from "@/components/tasks/tasks-table";
import { TASK_TYPES } from "@/components/tasks/types";
import { TaskViewSwitch } from "@/components/tasks/view-switch";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";
import { listCustomFields } from "@/lib/custom-fields/list";
import { restTask } from "@/lib/http/serializers/tasks";
import { isUuid } from "@/lib/ids";
import { TASK_SORT_FIELDS } from "@/lib/tasks/schemas";
import { getLinkOption, LINK_KINDS } from "@/lib/tasks/link-options";
import { listTasks } from "@/lib/tasks/list";
import { listOwnerChoices } from "@/lib/users/summaries";
import { bulkAssignTasksAction, bulkCompleteTasksAction, bulkDeleteTasksAction, createTaskRowAction, updateTaskRowAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(taskTableMessages);
  return { title: t("title") };
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * All tasks as a table: `?q=`, `?sort=`, `?page=`, and the filters `?status=open|completed|all`, `?assignee=me|<id>`,
 * `?type=`, and the linked record `?deal=<id>`, `?contact=<id>`, `?account=<id>` (as the API's dealId, contactId, accountId).
 */
export default async function AllTasksPage({ searchParams }: { searchParams: Promise<Params> }) {
  const ctx = await requirePageCtx();
  const t = await getT(taskTableMessages);
  const params = await searchParams;
  const { q, sort, page, query } = listQuery(params, TASK_SORT_FIELDS, "dueAt");
  const rawStatus = first(params.status);
  const status = rawStatus === "completed" || rawStatus === "all" ? rawStatus : "open";
  const rawAssignee = first(params.assignee);
  const assignee = rawAssignee === "me" || isUuid(rawAssignee) ? rawAssignee : "";
  const rawType = first(params.type);
  const type = (TASK_TYPES as readonly string[]).includes(rawType) ? rawType : "";
  // A malformed id is ignored like a bad assignee; a deleted or unknown record still narrows the list (to nothing).
  const linked = LINK_KINDS.map((kind) => ({ kind, id: first(params[kind]) })).filter((l) => isUuid(l.id));
  const linkQuery = Object.fromEntries(linked.map((l) => [`${l.kind}Id`, l.id]));
  const [list, users, fields, labels] = await Promise.all([
    listTasks({ ctx, query: { search: query.search, sort, limit: query.limit, offset: query.offset, status, ...(assignee ? { assigneeId: assignee } : {}), ...(type ? { type } : {}), ...linkQuery } }),
    listOwnerChoices({ ctx }),
    listCustomFields({ ctx, entity: "task" }),
    Promise.all(linked.map((l) => getLinkOption({ ctx, kind: l.kind, id: l.id }))),
  ]);
  const filters = { status, assignee, type, links: linked.map((l, i) => ({ ...l, label: labels[i]?.label ?? null })) };
  // Past the last page (after deletions, say): go to the last page that exists.
  if (list.data.length === 0 && page > 1 && list.total > 0) {
    const next = new URLSearchParams(Object.entries({ q, sort, status, assignee, type, ...Object.fromEntries(linked.map((l) => [l.kind, l.id])) }).filter(([, v]) => v) as [string, string][]);
    next.set("page", String(Math.ceil(list.total / query.limit)));
    redirect(`/tasks/all?${next}`);
  }
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("description")} actions={<TaskViewSwitch current="all" />} />
      <TasksTable
        rows={list.data.map((task) => toTaskRow(restTask(task)))}
        meta={{ total: list.total, limit: list.limit, offset: list.offset }}
        sort={sort}
        q={q}
        filters={filters}
        now={new Date().toISOString()}
        users={users}
        currentUserId={ctx.userId}
        customColumns={customColumns(fields)}
        setDone={bulkCompleteTasksAction}
        actions={{ create: createTaskRowAction, update: updateTaskRowAction, assign: bulkAssignTasksAction, remove: bulkDeleteTasksAction }}
      />
    </div>
  );
}
