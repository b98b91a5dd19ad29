import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { tasks } from "@/db/schema";
import { diff } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { writeValues } from "@/lib/custom-fields/values";
import { parseInput } from "@/lib/validation";
import { applyCompletion } from "./complete";
import { ConeTaskUpdate, TASK_FIELD_NAMES, toTaskChanges, UpdateTask, type TaskDialect } from "./schemas";
import { assertCanChange, assertTaskRefs, assertTimes, recordTaskActivity } from "./shared";
import { getTaskOrThrow, getTaskView, type TaskView } from "./views";

/**
 * Partial update (PATCH /api/tasks/{id}, document 003's PATCH /api/task/{task}, the task dialog): only
 * the fields present change, `null` clears one. `completed` (`taskDone`) completes or reopens the task.
 * The task's timeline records old → new; the records it links hear about it too (shared.ts).
 */
export async function updateTask({ ctx, id, input, dialect = "rest" }: { ctx: Ctx; id: string; input: unknown; dialect?: TaskDialect }): Promise<TaskView> {
  const body = parseInput(dialect === "cone" ? ConeTaskUpdate : UpdateTask, input);
  const { completed, ...fields } = toTaskChanges(dialect, body);
  const names = TASK_FIELD_NAMES[dialect];
  return db.transaction(async (tx) => {
    const before = await getTaskOrThrow(tx, ctx, id);
    assertCanChange(ctx, before, "change");
    assertTimes(fields.startAt !== undefined ? fields.startAt : before.startAt, fields.endAt !== undefined ? fields.endAt : before.endAt, names);
    await assertTaskRefs(tx, ctx, fields, names);
    const changes = diff(before, fields);
    Object.assign(changes, await writeValues(tx, ctx, "task", id, "customFields" in body ? body.customFields : undefined, { record: false }));
    if (Object.keys(changes).length) {
      const [after] = await tx
        .update(tasks)
        .set({ ...fields, modifiedAt: new Date(), modifiedBy: ctx.userId })
        .where(eq(tasks.id, id))
        .returning();
      await recordTaskActivity(tx, ctx, { taskId: id, title: after!.title, action: "updated", changes, before, after: after! });
      if (completed !== undefined) await applyCompletion(tx, ctx, after!, completed);
    } else if (completed !== undefined) {
      await applyCompletion(tx, ctx, before, completed);
    }
    return getTaskView(tx, ctx, id, { accountContacts: dialect === "cone" });
  });
}
