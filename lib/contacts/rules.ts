import { and, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import type { DbOrTx } from "@/db/client";
import { contacts, leadSources } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { AppError, isUniqueViolation, ruleField } from "@/lib/errors";
import { findContactIdByEmail } from "./resolve-refs";

const TAKEN = "another contact already has this email";
const conflict = () => new AppError("conflict", `primaryEmail: ${TAKEN}`, { fields: { primaryEmail: TAKEN } });

/** 409 when another live contact of the workspace has this primary email (case-insensitive). */
export async function assertEmailFree(tx: DbOrTx, ctx: Ctx, email: string, exceptId?: string): Promise<void> {
  const holder = await findContactIdByEmail(tx, ctx, email);
  if (holder && holder !== exceptId) throw conflict();
}

/** The same 409 when a concurrent request won the unique index; null for any other error. */
export const emailTaken = (e: unknown): AppError | null => (isUniqueViolation(e, "contacts_tenant_email_uq") ? conflict() : null);

/** Checks that a lead source belongs to the workspace. */
export async function assertSource(tx: DbOrTx, ctx: Ctx, sourceId: string | null | undefined): Promise<void> {
  if (!sourceId) return;
  const [row] = await tx
    .select({ id: leadSources.id })
    .from(leadSources)
    .where(and(eq(leadSources.id, sourceId), eq(leadSources.tenantId, ctx.tenantId), sql`not ${leadSources.isDeleted}`));
  if (!row) throw ruleField("sourceId", "no such lead source", "no_such_record");
}

/** Checks that every id names a live contact of the workspace; `field` names the list (or the one id) in errors. */
export async function assertContactIds(tx: DbOrTx, ctx: Ctx, ids: readonly string[], field: string, single = false): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.tenantId, ctx.tenantId), anyOf(contacts.id, unique), sql`not ${contacts.isDeleted}`));
  const known = new Set(found.map((r) => r.id));
  const missing = ids.findIndex((id) => !known.has(id));
  // Another workspace's contact is reported exactly like a missing one.
  if (missing >= 0) throw ruleField(single ? field : `${field}[${missing}]`, "no such contact", "no_such_record");
  return unique;
}
