"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { restTask, type RestTask } from "@/lib/http/serializers/tasks";
import { bulkAssignTasks, bulkCompleteTasks, bulkDeleteTasks } from "@/lib/tasks/bulk";
import { completeTask, reopenTask } from "@/lib/tasks/complete";
import { createTask } from "@/lib/tasks/create";
import { deleteTask } from "@/lib/tasks/delete";
import { searchLinkOptions, type LinkOption } from "@/lib/tasks/link-options";
import { listOwnerChoices } from "@/lib/users/summaries";
import { listTasks } from "@/lib/tasks/list";
import { updateTask } from "@/lib/tasks/update";

/**
 * The task list and the task dialog (also mounted on deal, contact and account pages) call these. They
 * re-check the session, call the lib/tasks verbs and refresh the pages that show the task.
 */

function refresh(task: RestTask) {
  revalidatePath("/tasks");
  if (task.dealId) revalidatePath(`/deals/${task.dealId}`);
  if (task.contactId) revalidatePath(`/contacts/${task.contactId}`);
  if (task.accountId) revalidatePath(`/accounts/${task.accountId}`);
}

type TaskResult = ActionResult<{ task: RestTask }>;

async function run(context: string, verb: () => Promise<Parameters<typeof restTask>[0]>): Promise<TaskResult> {
  try {
    const task = restTask(await verb());
    refresh(task);
    return { ok: true, task };
  } catch (e) {
    return actionFailure(e, context);
  }
}

export async function createTaskAction(input: unknown): Promise<TaskResult> {
  return run("create task", async () => createTask({ ctx: await requireActionCtx(), input }));
}

export async function updateTaskAction(id: string, input: unknown): Promise<TaskResult> {
  return run("update task", async () => updateTask({ ctx: await requireActionCtx(), id, input }));
}

export async function completeTaskAction(id: string): Promise<TaskResult> {
  return run("complete task", async () => completeTask({ ctx: await requireActionCtx(), id }));
}

export async function reopenTaskAction(id: string): Promise<TaskResult> {
  return run("reopen task", async () => reopenTask({ ctx: await requireActionCtx(), id }));
}

export async function deleteTaskAction(id: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await deleteTask({ ctx, id });
    revalidatePath("/tasks");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete task");
  }
}

/** A page of tasks for the task list (same query as GET /api/tasks). */
export async function listTasksAction(query: Record<string, string>): Promise<ActionResult<{ tasks: RestTask[]; total: number }>> {
  try {
    const page = await listTasks({ ctx: await requireActionCtx(), query });
    return { ok: true, tasks: page.data.map(restTask), total: page.total };
  } catch (e) {
    return actionFailure(e, "list tasks");
  }
}

/** Choices for the dialog's contact, account and deal pickers. */
export async function searchLinksAction(input: { kind: string; q: string }): Promise<ActionResult<{ options: LinkOption[] }>> {
  try {
    return { ok: true, options: await searchLinkOptions({ ctx: await requireActionCtx(), input }) };
  } catch (e) {
    return actionFailure(e, "search task links");
  }
}

/** Choices for the dialog's assignee select. */
export async function assigneesAction(): Promise<ActionResult<{ users: { id: string; name: string; email: string }[]; me: string }>> {
  try {
    const ctx = await requireActionCtx();
    return { ok: true, users: await listOwnerChoices({ ctx }), me: ctx.userId };
  } catch (e) {
    return actionFailure(e, "list assignees");
  }
}

/** Bulk actions of the task table: all or nothing, each task's timeline records its change. */
async function bulk(context: string, verb: (ctx: Awaited<ReturnType<typeof requireActionCtx>>) => Promise<{ count: number }>): Promise<ActionResult<{ count: number }>> {
  try {
    const { count } = await verb(await requireActionCtx());
    revalidatePath("/tasks");
    revalidatePath("/tasks/all");
    return { ok: true, count };
  } catch (e) {
    return actionFailure(e, context);
  }
}

export async function bulkAssignTasksAction(ids: string[], ownerId: string | null): Promise<ActionResult<{ count: number }>> {
  return bulk("bulk assign tasks", (ctx) => bulkAssignTasks({ ctx, input: { ids, ownerId } }));
}

export async function bulkCompleteTasksAction(ids: string[], done: boolean): Promise<ActionResult<{ count: number }>> {
  return bulk(done ? "bulk complete tasks" : "bulk reopen tasks", (ctx) => bulkCompleteTasks({ ctx, input: { ids, done } }));
}

export async function bulkDeleteTasksAction(ids: string[]): Promise<ActionResult<{ count: number }>> {
  return bulk("bulk delete tasks", (ctx) => bulkDeleteTasks({ ctx, input: { ids } }));
}

/** The task table's "New task" and inline edits (same verbs as the dialog). */
export async function createTaskRowAction(input: Record<string, unknown>): Promise<ActionResult<{ id: string }>> {
  const result = await createTaskAction(input);
  return result.ok ? { ok: true, id: result.task.id } : result;
}

export async function updateTaskRowAction(id: string, input: Record<string, unknown>): Promise<ActionResult> {
  const result = await updateTaskAction(id, input);
  return result.ok ? { ok: true } : result;
}
