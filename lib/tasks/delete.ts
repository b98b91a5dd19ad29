import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { tasks } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { assertCanChange, recordTaskActivity } from "./shared";
import { getTaskOrThrow } from "./views";

/**
 * Soft-deletes a task: it leaves every list and answers 404 afterwards. Its assignee, its author, a
 * manager or an admin may delete it (403 otherwise, as document 003 foresees).
 */
export async function deleteTask({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const task = await getTaskOrThrow(tx, ctx, id);
    assertCanChange(ctx, task, "delete");
    const now = new Date();
    await tx.update(tasks).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(tasks.id, id));
    await recordTaskActivity(tx, ctx, { taskId: id, title: task.title, action: "deleted", after: task });
  });
}
