import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { contacts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { invalidField, isUniqueViolation, ruleField } from "@/lib/errors";
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
 * Finds the contact with `fields.primaryEmail` or creates it. Exactly one contact per email per
 * workspace, even when two requests race: the loser of the unique index re-reads the winner's row.
 */
export async function findOrCreateContact(tx: DbOrTx, ctx: Ctx, fields: Omit<ContactRef, "id">): Promise<{ id: string; created: boolean }> {
  if (fields.primaryEmail) {
    const existing = await findContactIdByEmail(tx, ctx, fields.primaryEmail);
    if (existing) return { id: existing, created: false };
  }
  try {
    const [row] = await tx.transaction(async (sp) =>
      sp
        .insert(contacts)
        .values({ ...fields, tenantId: ctx.tenantId, ownerId: ctx.userId, createdBy: ctx.userId })
        .returning({ id: contacts.id }),
    );
    await recordActivity(tx, ctx, { entity: "contact", recordId: row!.id, action: "created" });
    await emitContactChange(tx, ctx, row!.id, "created");
    return { id: row!.id, created: true };
  } catch (e) {
    if (fields.primaryEmail && isUniqueViolation(e, "contacts_tenant_email_uq")) {
      const winner = await findContactIdByEmail(tx, ctx, fields.primaryEmail);
      if (winner) return { id: winner, created: false };
    }
    throw e;
  }
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
        .where(and(eq(contacts.tenantId, ctx.tenantId), inArray(contacts.id, byId), sql`not ${contacts.isDeleted}`))
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
