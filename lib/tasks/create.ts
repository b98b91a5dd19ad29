import { db } from "@/db/client";
import { tasks } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { emitEvent } from "@/lib/events/emit";
import { parseInput } from "@/lib/validation";
import { ConeTaskRequest, CreateTask, TASK_FIELD_NAMES, toTaskChanges, type TaskDialect } from "./schemas";
import { assertTaskRefs, assertTimes, recordTaskActivity } from "./shared";
import { getTaskView, type TaskView } from "./views";

/**
 * Creates a task (POST /api/tasks, document 003's POST /api/task, the task dialog). Any role may create
 * one and assign it to any active user of the workspace; without an assignee it goes to the caller.
 * Written to the task's timeline and to those of the contact, account and deal it links.
 */
export async function createTask({ ctx, input, dialect = "rest" }: { ctx: Ctx; input: unknown; dialect?: TaskDialect }): Promise<TaskView> {
  const data = toTaskChanges(dialect, parseInput(dialect === "cone" ? ConeTaskRequest : CreateTask, input));
  const names = TASK_FIELD_NAMES[dialect];
  assertTimes(data.startAt, data.endAt, names);
  return db.transaction(async (tx) => {
    await assertTaskRefs(tx, ctx, data, names);
    const now = new Date();
    const [row] = await tx
      .insert(tasks)
      .values({
        tenantId: ctx.tenantId,
        type: data.type ?? "OTHER",
        title: data.title!,
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
    await recordTaskActivity(tx, ctx, { taskId: row!.id, title: row!.title, action: "created", after: row! });
    await emitEvent(tx, ctx, { name: "task.created", record: { type: "task", id: row!.id } });
    if (row!.completedAt) await emitEvent(tx, ctx, { name: "task.completed", record: { type: "task", id: row!.id } });
    return getTaskView(tx, ctx, row!.id, { accountContacts: dialect === "cone" });
  });
}
