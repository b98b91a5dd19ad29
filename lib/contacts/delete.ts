import { eq } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { contacts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { isManager } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getContactOrThrow } from "./views";

/** Soft-deletes one contact inside the caller's transaction (shared with the bulk delete). */
export async function applyContactDelete(tx: Tx, ctx: Ctx, id: string): Promise<void> {
  const contact = await getContactOrThrow(tx, ctx, id, { lock: true });
  if (!isManager(ctx) && contact.ownerId !== ctx.userId) {
    throw new AppError("forbidden", "Only the contact's owner, a manager or an admin can delete it", { rule: { key: "delete_not_owner" } });
  }
  const now = new Date();
  await tx.update(contacts).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(contacts.id, id));
  await recordActivity(tx, ctx, { entity: "contact", recordId: id, action: "deleted" });
}

/**
 * Soft-deletes a contact: it leaves every list and answers 404; its links to accounts and deals stay
 * for the record, and its email is free again. Its owner, a manager or an admin may delete it.
 */
export async function deleteContact({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  await db.transaction((tx) => applyContactDelete(tx, ctx, id));
}
