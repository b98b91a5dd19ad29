import { and, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import type { DbOrTx } from "@/db/client";
import { accountContacts, accounts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { ruleField } from "@/lib/errors";

/** Checks that every id names a live account of the workspace; `field` names the list in errors. */
export async function assertAccountIds(tx: DbOrTx, ctx: Ctx, ids: readonly string[], field: string): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.tenantId, ctx.tenantId), anyOf(accounts.id, unique), sql`not ${accounts.isDeleted}`));
  const known = new Set(found.map((r) => r.id));
  const missing = ids.findIndex((id) => !known.has(id));
  // Another workspace's account is reported exactly like a missing one.
  if (missing >= 0) throw ruleField(`${field}[${missing}]`, "no such account", "no_such_record");
  return unique;
}

/**
 * Makes the contact's accounts exactly `wanted` (ids already checked) and writes each added or removed
 * link on both timelines. Returns whether anything changed.
 */
export async function setContactAccounts(tx: DbOrTx, ctx: Ctx, contactId: string, wanted: string[], opts: { log?: boolean } = {}): Promise<boolean> {
  const current = (
    await tx
      .select({ id: accountContacts.accountId })
      .from(accountContacts)
      .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
      .where(and(eq(accountContacts.contactId, contactId), sql`not ${accounts.isDeleted}`))
  ).map((r) => r.id);
  const added = wanted.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !wanted.includes(id));
  if (removed.length) await tx.delete(accountContacts).where(and(eq(accountContacts.contactId, contactId), anyOf(accountContacts.accountId, removed)));
  if (added.length) {
    await tx.insert(accountContacts).values(added.map((accountId) => ({ tenantId: ctx.tenantId, accountId, contactId, createdBy: ctx.userId })));
  }
  if (opts.log !== false) {
    await recordLinkChanges(tx, ctx, [
      ...removed.map((accountId) => ({ accountId, contactId, linked: false })),
      ...added.map((accountId) => ({ accountId, contactId, linked: true })),
    ]);
  }
  return added.length > 0 || removed.length > 0;
}

/**
 * Writes link changes on both timelines: the account gets `contact_linked` / `contact_unlinked` with
 * `contactId`, the contact an update of `accountId` (empty → account, or account → empty), one entry per link.
 */
export async function recordLinkChanges(tx: DbOrTx, ctx: Ctx, links: { accountId: string; contactId: string; linked: boolean }[]): Promise<void> {
  for (const { accountId, contactId, linked } of links) {
    await recordActivity(tx, ctx, { entity: "account", recordId: accountId, action: linked ? "contact_linked" : "contact_unlinked", changes: { contactId: linked ? { from: null, to: contactId } : { from: contactId, to: null } } });
    await recordActivity(tx, ctx, { entity: "contact", recordId: contactId, action: "updated", changes: { accountId: linked ? { from: null, to: accountId } : { from: accountId, to: null } } });
  }
}
