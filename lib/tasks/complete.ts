import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { tasks, type Task } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { emitEvent } from "@/lib/events/emit";
import { assertCanChange, recordTaskActivity } from "./shared";
import { getTaskOrThrow, getTaskView, type TaskView } from "./views";

/**
 * Marks a locked task done (or not done). Idempotent: completing a completed task changes nothing and
 * records nothing, so that a double click or a retry is harmless. Returns whether anything changed.
 */
export async function applyCompletion(tx: DbOrTx, ctx: Ctx, before: Task, done: boolean): Promise<boolean> {
  if (done === (before.completedAt !== null)) return false;
  const now = new Date();
  const completedAt = done ? now : null;
  await tx
    .update(tasks)
    .set({ completedAt, completedBy: done ? ctx.userId : null, modifiedAt: now, modifiedBy: ctx.userId })
    .where(eq(tasks.id, before.id));
  await recordTaskActivity(tx, ctx, {
    taskId: before.id,
    title: before.title,
    action: done ? "completed" : "reopened",
    changes: { completedAt: { from: before.completedAt?.toISOString() ?? null, to: completedAt?.toISOString() ?? null } },
    after: before,
  });
  if (done) await emitEvent(tx, ctx, { name: "task.completed", record: { type: "task", id: before.id } });
  return true;
}

async function setDone(ctx: Ctx, id: string, done: boolean): Promise<TaskView> {
  return db.transaction(async (tx) => {
    const before = await getTaskOrThrow(tx, ctx, id);
    assertCanChange(ctx, before, done ? "complete" : "reopen");
    await applyCompletion(tx, ctx, before, done);
    return getTaskView(tx, ctx, id);
  });
}

/** POST /api/tasks/{id}/complete, and the one-click checkbox of the task list. */
export const completeTask = ({ ctx, id }: { ctx: Ctx; id: string }) => setDone(ctx, id, true);

/** POST /api/tasks/{id}/reopen. */
export const reopenTask = ({ ctx, id }: { ctx: Ctx; id: string }) => setDone(ctx, id, false);
