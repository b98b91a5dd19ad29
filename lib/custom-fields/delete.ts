import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customFields } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { getFieldOrThrow } from "./definitions";

/**
 * Soft-deletes a field (admins only): it leaves every form, list and API answer at once. Its values stay
 * in the database for the record, so the name can be reused by a new field without mixing them.
 */
export async function deleteCustomField({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireRole(ctx, ["ADMIN"], "manage custom fields");
  await db.transaction(async (tx) => {
    await getFieldOrThrow(tx, ctx, id);
    const now = new Date();
    await tx.update(customFields).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(customFields.id, id));
  });
}
