import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { tasks } from "@/db/schema";
import { diff } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { BulkAssignOwner, BulkIds } from "@/lib/bulk";
import { parseInput } from "@/lib/validation";
import { applyCompletion } from "./complete";
import { TASK_FIELD_NAMES } from "./schemas";
import { assertCanChange, assertTaskRefs, recordTaskActivity } from "./shared";
import { getTaskOrThrow } from "./views";

/** Bulk "complete / reopen" of the task table: the selected ids and the wanted state. */
export const BulkCompleteTasks = BulkIds.extend({ done: z.boolean({ error: "must be true or false" }) });
export type BulkCompleteTasks = z.infer<typeof BulkCompleteTasks>;

/**
 * Gives the selected tasks to one colleague (`ownerId`, or null for nobody), all or nothing: a task the
 * caller may not change, another workspace's or an unknown id stops the batch (403 / 404).
 */
export async function bulkAssignTasks({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids, ownerId } = parseInput(BulkAssignOwner, input);
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    await assertTaskRefs(tx, ctx, { assigneeId: ownerId }, { ...TASK_FIELD_NAMES.rest, assigneeId: "ownerId" });
    const now = new Date();
    for (const id of unique) {
      const before = await getTaskOrThrow(tx, ctx, id);
      assertCanChange(ctx, before, "assign");
      const changes = diff(before, { assigneeId: ownerId });
      if (!Object.keys(changes).length) continue;
      const [after] = await tx.update(tasks).set({ assigneeId: ownerId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(tasks.id, id)).returning();
      await recordTaskActivity(tx, ctx, { taskId: id, title: before.title, action: "updated", changes, before, after: after! });
    }
  });
  return { count: unique.length };
}

/** Completes (or reopens) the selected tasks, all or nothing; already done (open) tasks are left as they are. */
export async function bulkCompleteTasks({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids, done } = parseInput(BulkCompleteTasks, input);
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    for (const id of unique) {
      const before = await getTaskOrThrow(tx, ctx, id);
      assertCanChange(ctx, before, done ? "complete" : "reopen");
      await applyCompletion(tx, ctx, before, done);
    }
  });
  return { count: unique.length };
}

/** Soft-deletes the selected tasks, all or nothing. */
export async function bulkDeleteTasks({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids } = parseInput(BulkIds, input);
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    const now = new Date();
    for (const id of unique) {
      const task = await getTaskOrThrow(tx, ctx, id);
      assertCanChange(ctx, task, "delete");
      await tx.update(tasks).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(tasks.id, id));
      await recordTaskActivity(tx, ctx, { taskId: id, title: task.title, action: "deleted", after: task });
    }
  });
  return { count: unique.length };
}
