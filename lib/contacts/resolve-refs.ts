import { and, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import type { DbOrTx } from "@/db/client";
import { contacts, type Contact } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { invalidField, ruleField } from "@/lib/errors";
import { emitContactChange } from "@/lib/events/emit";
import type { ContactRef } from "./schemas";

/** The live contact of the workspace with this primary email (case-insensitive), if any. */
export async function findContactIdByEmail(tx: DbOrTx, ctx: Ctx, email: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.tenantId, ctx.tenantId), sql`lower(${contacts.primaryEmail}) = ${email.toLowerCase()}`, sql`not ${contacts.isDeleted}`))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Inserts a contact unless the workspace already has a live one with its primary email (case-insensitive):
 * `INSERT … ON CONFLICT DO NOTHING` on the unique index, so no savepoint is needed. When another request
 * inserted that email first, PostgreSQL waits for it to commit, and the winner's id is read back
 * (`contact` is then null). Records nothing: the caller writes the timeline entry and the event.
 */
export async function insertContactOnce(tx: DbOrTx, ctx: Ctx, fields: Omit<ContactRef, "id">): Promise<{ id: string; contact: Contact | null }> {
  const insert = () => tx.insert(contacts).values({ ...fields, tenantId: ctx.tenantId, ownerId: ctx.userId, createdBy: ctx.userId });
  if (!fields.primaryEmail) {
    const [row] = await insert().returning();
    return { id: row!.id, contact: row! };
  }
  // No conflict target: Drizzle names only plain columns, and the email index is on lower(primary_email).
  // It is the only unique index of contacts besides the (UUIDv7) primary key.
  const [row] = await insert().onConflictDoNothing().returning();
  if (row) return { id: row.id, contact: row };
  const winner = await findContactIdByEmail(tx, ctx, fields.primaryEmail);
  if (winner) return { id: winner, contact: null };
  // Some other unique index refused the row: insert it plainly, so that its error surfaces as it is.
  const [again] = await insert().returning();
  return { id: again!.id, contact: again! };
}

/**
 * Finds the contact with `fields.primaryEmail` or creates it. Exactly one contact per email per
 * workspace, even when two requests race (insertContactOnce).
 */
export async function findOrCreateContact(tx: DbOrTx, ctx: Ctx, fields: Omit<ContactRef, "id">): Promise<{ id: string; created: boolean }> {
  if (fields.primaryEmail) {
    const existing = await findContactIdByEmail(tx, ctx, fields.primaryEmail);
    if (existing) return { id: existing, created: false };
  }
  const { id, contact } = await insertContactOnce(tx, ctx, fields);
  if (!contact) return { id, created: false };
  await Promise.all([recordActivity(tx, ctx, { entity: "contact", recordId: id, action: "created" }), emitContactChange(tx, ctx, id, "created")]);
  return { id, created: true };
}

/**
 * Turns contact references from a request body into contact ids of the caller's workspace.
 * `path(i)` names the reference in errors, e.g. `contacts[2]`.
 */
export async function resolveContactRefs(tx: DbOrTx, ctx: Ctx, refs: ContactRef[], path: (i: number) => string): Promise<string[]> {
  const byId = refs.map((r) => r.id).filter((id): id is string => !!id);
  const found = byId.length
    ? await tx
        .select({ id: contacts.id })
        .from(contacts)
        .where(and(eq(contacts.tenantId, ctx.tenantId), anyOf(contacts.id, byId), sql`not ${contacts.isDeleted}`))
    : [];
  const known = new Set(found.map((r) => r.id));
  const ids: string[] = [];
  for (const [i, ref] of refs.entries()) {
    const { id, ...fields } = ref;
    if (id) {
      // Another workspace's contact is reported exactly like a missing one.
      if (!known.has(id)) throw ruleField(`${path(i)}.id`, "no such contact", "no_such_record");
      ids.push(id);
    } else if (fields.primaryEmail || fields.firstName || fields.lastName) {
      ids.push((await findOrCreateContact(tx, ctx, fields)).id);
    } else {
      throw invalidField(path(i), "give the id of a contact, or a name or email to create one");
    }
  }
  return [...new Set(ids)];
}
