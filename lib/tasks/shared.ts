import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accounts, contacts, deals, users, type EntityType, type FieldChange, type Task } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { isManager } from "@/lib/auth/permissions";
import { AppError, ruleField } from "@/lib/errors";
import type { TaskChanges } from "./schemas";

type Names = Record<keyof TaskChanges, string>;

/**
 * Checks that the assignee is an active user, and the contact, account and deal live records, of the
 * caller's workspace. Another workspace's id is reported exactly like an unknown one (400 naming the field).
 */
export async function assertTaskRefs(tx: DbOrTx, ctx: Ctx, data: TaskChanges, names: Names): Promise<void> {
  const checks: [string | null | undefined, string, () => Promise<unknown[]>][] = [
    [data.assigneeId, "no such user", () => tx.select({ id: users.id }).from(users).where(and(eq(users.id, data.assigneeId!), eq(users.tenantId, ctx.tenantId), eq(users.isActive, true), sql`not ${users.isDeleted}`))],
    [data.contactId, "no such contact", () => tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.id, data.contactId!), eq(contacts.tenantId, ctx.tenantId), sql`not ${contacts.isDeleted}`))],
    [data.accountId, "no such account", () => tx.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, data.accountId!), eq(accounts.tenantId, ctx.tenantId), sql`not ${accounts.isDeleted}`))],
    [data.dealId, "no such deal", () => tx.select({ id: deals.id }).from(deals).where(and(eq(deals.id, data.dealId!), eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`))],
  ];
  const fields = ["assigneeId", "contactId", "accountId", "dealId"] as const;
  for (const [i, [value, message, query]] of checks.entries()) {
    if (value && (await query()).length === 0) throw ruleField(names[fields[i]!], message, "no_such_record");
  }
}

/** Throws unless `start` is at or before `end`. */
export function assertTimes(start: Date | null | undefined, end: Date | null | undefined, names: Names): void {
  if (start && end && start.getTime() > end.getTime()) throw ruleField(names.endAt, "must not be before the start", "end_before_start");
}

/** Reps change the tasks assigned to them or created by them; managers and admins change every task. */
export function assertCanChange(ctx: Ctx, task: Task, action: string): void {
  if (isManager(ctx) || task.assigneeId === ctx.userId || task.createdBy === ctx.userId) return;
  throw new AppError("forbidden", `Only the task's assignee, its author, a manager or an admin can ${action} it`, { rule: { key: "task_not_allowed" } });
}

const LINKS: [keyof Task & ("contactId" | "accountId" | "dealId"), EntityType][] = [
  ["contactId", "contact"],
  ["accountId", "account"],
  ["dealId", "deal"],
];

type Links = Pick<Task, "contactId" | "accountId" | "dealId">;

/**
 * Writes one change of a task to its own timeline and to the timelines of the records it links, so that
 * a deal's page shows "task completed: Call Léa". On the linked records the action is prefixed with
 * `task_` and `changes.taskId` names the task; a record the task stops (starts) pointing to gets
 * `task_unlinked` (`task_linked`).
 */
export async function recordTaskActivity(
  tx: DbOrTx,
  ctx: Ctx,
  entry: { taskId: string; title: string; action: string; changes?: Record<string, FieldChange>; before?: Links | null; after: Links | null },
): Promise<void> {
  const { taskId, title, action } = entry;
  await recordActivity(tx, ctx, { entity: "task", recordId: taskId, action, changes: entry.changes });
  for (const [column, entity] of LINKS) {
    const to = entry.after?.[column] ?? null;
    const from = entry.before === undefined ? to : (entry.before?.[column] ?? null);
    if (from !== to) {
      if (from) await recordActivity(tx, ctx, { entity, recordId: from, action: "task_unlinked", note: title, changes: { taskId: { from: taskId, to: null } } });
      if (to) await recordActivity(tx, ctx, { entity, recordId: to, action: "task_linked", note: title, changes: { taskId: { from: null, to: taskId } } });
      continue;
    }
    if (!to) continue;
    const taskRef = action === "created" ? { from: null, to: taskId } : action === "deleted" ? { from: taskId, to: null } : { from: taskId, to: taskId };
    await recordActivity(tx, ctx, { entity, recordId: to, action: `task_${action}`, note: title, changes: { ...entry.changes, taskId: taskRef } });
  }
}
