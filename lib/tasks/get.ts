import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { getTaskView, type TaskView } from "./views";

/** One task of the caller's workspace; every member of the workspace may read every task. */
export async function getTask({ ctx, id }: { ctx: Ctx; id: string }): Promise<TaskView> {
  return getTaskView(db, ctx, id);
}
