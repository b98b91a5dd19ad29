import { and, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import type { DbOrTx } from "@/db/client";
import { accounts, contacts, deals, tasks, users, type Account, type Contact, type Deal, type Task } from "@/db/schema";
import { withContacts, type AccountView } from "@/lib/accounts/views";
import { readValues, type CustomFieldValues } from "@/lib/custom-fields/values";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export type TaskUser = { id: string; name: string; email: string; isActive: boolean };

/** A task with the records it points to, as every caller (API, pages) reads it. */
export type TaskView = Task & {
  assignee: TaskUser | null;
  contact: Contact | null;
  /** The account's own contacts are loaded only when asked for (document 003 embeds full accounts). */
  account: AccountView | null;
  deal: Deal | null;
  /** Custom field values by field name (every live task field, null when unset). */
  customFields: CustomFieldValues;
};

export const liveTask = (ctx: Ctx) => and(eq(tasks.tenantId, ctx.tenantId), sql`not ${tasks.isDeleted}`);

/**
 * The only way to load a task for writing: it locks the row until the caller's transaction ends, so
 * that two writes to one task apply one after the other. Another workspace's, an unknown and a malformed
 * id are all "Task not found".
 */
export async function getTaskOrThrow(tx: DbOrTx, ctx: Ctx, id: string): Promise<Task> {
  if (!isUuid(id)) throw notFound("Task");
  const [row] = await tx.select().from(tasks).where(and(eq(tasks.id, id), liveTask(ctx))).limit(1).for("update");
  if (!row) throw notFound("Task");
  return row;
}

const ids = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * Adds the assignee, contact, account and deal to each task: one query per kind for the whole page.
 * Links to records deleted since are shown as null.
 */
export async function withRelations(tx: DbOrTx, ctx: Ctx, rows: Task[], opts: { accountContacts?: boolean } = {}): Promise<TaskView[]> {
  if (rows.length === 0) return [];
  const userIds = ids(rows.map((r) => r.assigneeId));
  const contactIds = ids(rows.map((r) => r.contactId));
  const accountIds = ids(rows.map((r) => r.accountId));
  const dealIds = ids(rows.map((r) => r.dealId));
  const [userRows, contactRows, accountRows, dealRows, custom] = await Promise.all([
    userIds.length
      ? tx.select({ id: users.id, name: users.name, email: users.email, isActive: users.isActive }).from(users).where(and(eq(users.tenantId, ctx.tenantId), anyOf(users.id, userIds)))
      : [],
    contactIds.length ? tx.select().from(contacts).where(and(eq(contacts.tenantId, ctx.tenantId), anyOf(contacts.id, contactIds), sql`not ${contacts.isDeleted}`)) : [],
    accountIds.length ? tx.select().from(accounts).where(and(eq(accounts.tenantId, ctx.tenantId), anyOf(accounts.id, accountIds), sql`not ${accounts.isDeleted}`)) : [],
    dealIds.length ? tx.select().from(deals).where(and(eq(deals.tenantId, ctx.tenantId), anyOf(deals.id, dealIds), sql`not ${deals.isDeleted}`)) : [],
    readValues(tx, ctx, "task", rows.map((r) => r.id)),
  ]);
  const accountViews: AccountView[] = opts.accountContacts
    ? await withContacts(tx, accountRows)
    : accountRows.map((a: Account) => ({ ...a, primaryContact: null, contacts: [], customFields: {} }));
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [u, c, a, d] = [byId(userRows), byId(contactRows), byId(accountViews), byId(dealRows)];
  return rows.map((r) => ({
    ...r,
    assignee: (r.assigneeId && u.get(r.assigneeId)) || null,
    contact: (r.contactId && c.get(r.contactId)) || null,
    account: (r.accountId && a.get(r.accountId)) || null,
    deal: (r.dealId && d.get(r.dealId)) || null,
    customFields: custom.get(r.id) ?? {},
  }));
}

/** One task of the caller's workspace with its relations (404 like getTaskOrThrow), read without locking. */
export async function getTaskView(tx: DbOrTx, ctx: Ctx, id: string, opts: { accountContacts?: boolean } = {}): Promise<TaskView> {
  if (!isUuid(id)) throw notFound("Task");
  const [row] = await tx.select().from(tasks).where(and(eq(tasks.id, id), liveTask(ctx))).limit(1);
  if (!row) throw notFound("Task");
  const [view] = await withRelations(tx, ctx, [row], opts);
  return view!;
}
