import { and, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import type { DbOrTx } from "@/db/client";
import { contacts, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ruleField } from "@/lib/errors";

/**
 * Checks that every id names a live contact of the caller's workspace; the first one that does not is a
 * 400 naming `path(i)`. Another workspace's contact is reported exactly like a missing one.
 */
export async function assertContacts(tx: DbOrTx, ctx: Ctx, ids: readonly string[], path: (i: number) => string): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.tenantId, ctx.tenantId), anyOf(contacts.id, [...new Set(ids)]), sql`not ${contacts.isDeleted}`));
  const known = new Set(found.map((r) => r.id));
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) throw ruleField(path(missing), "no such contact", "no_such_record");
}

/** Checks that `id` is an active user of the caller's workspace (a deal's owner). */
export async function assertUser(tx: DbOrTx, ctx: Ctx, id: string, field: string): Promise<void> {
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.tenantId, ctx.tenantId), eq(users.isActive, true), sql`not ${users.isDeleted}`));
  if (!user) throw ruleField(field, "no such user", "no_such_record");
}
