import { db, type DbOrTx } from "@/db/client";
import { tasks, type Task } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { writeValues } from "@/lib/custom-fields/values";
import { emitEvent } from "@/lib/events/emit";
import { parseInput } from "@/lib/validation";
import { ConeTaskRequest, CreateTask, TASK_FIELD_NAMES, toTaskChanges, type TaskChanges, type TaskDialect, type TaskField } from "./schemas";
import { assertTaskRefs, assertTimes, recordTaskActivity } from "./shared";
import { getTaskView, type TaskView } from "./views";

/**
 * Inserts a task inside the caller's transaction: the assignee and linked records must be live records of
 * the workspace (400 naming the field in `names`), the task and the records it links get a timeline entry,
 * and `task.created` (plus `task.completed` for a task created done) is emitted. Without an assignee the
 * task goes to the caller; `assigneeId: null` leaves it unassigned. `customFields` as in the request body
 * (lib/custom-fields/values.ts). The one way tasks are created: the
 * task verbs and the automation engine's create_task action both come through here.
 */
export async function insertTask(
  tx: DbOrTx,
  ctx: Ctx,
  data: TaskChanges & { title: string },
  names: Record<TaskField, string> = TASK_FIELD_NAMES.rest,
  opts: { customFields?: unknown } = {},
): Promise<Task> {
  assertTimes(data.startAt, data.endAt, names);
  await assertTaskRefs(tx, ctx, data, names);
  const now = new Date();
  const [row] = await tx
    .insert(tasks)
    .values({
      tenantId: ctx.tenantId,
      type: data.type ?? "OTHER",
      title: data.title,
      note: data.note ?? null,
      startAt: data.startAt ?? null,
      endAt: data.endAt ?? null,
      assigneeId: data.assigneeId === undefined ? ctx.userId : data.assigneeId,
      contactId: data.contactId ?? null,
      accountId: data.accountId ?? null,
      dealId: data.dealId ?? null,
      completedAt: data.completed ? now : null,
      completedBy: data.completed ? ctx.userId : null,
      createdAt: now,
      createdBy: ctx.userId,
    })
    .returning();
  await writeValues(tx, ctx, "task", row!.id, opts.customFields, { creating: true, record: false });
  await recordTaskActivity(tx, ctx, { taskId: row!.id, title: row!.title, action: "created", after: row! });
  await emitEvent(tx, ctx, { name: "task.created", record: { type: "task", id: row!.id } });
  if (row!.completedAt) await emitEvent(tx, ctx, { name: "task.completed", record: { type: "task", id: row!.id } });
  return row!;
}

/**
 * Creates a task (POST /api/tasks, document 003's POST /api/task, the task dialog). Any role may create
 * one and assign it to any active user of the workspace; without an assignee it goes to the caller.
 * Written to the task's timeline and to those of the contact, account and deal it links.
 */
export async function createTask({ ctx, input, dialect = "rest" }: { ctx: Ctx; input: unknown; dialect?: TaskDialect }): Promise<TaskView> {
  const body = parseInput(dialect === "cone" ? ConeTaskRequest : CreateTask, input);
  const data = toTaskChanges(dialect, body);
  const names = TASK_FIELD_NAMES[dialect];
  return db.transaction(async (tx) => {
    const row = await insertTask(tx, ctx, { ...data, title: data.title! }, names, { customFields: "customFields" in body ? body.customFields : undefined });
    return getTaskView(tx, ctx, row.id, { accountContacts: dialect === "cone" });
  });
}
