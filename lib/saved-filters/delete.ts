import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { savedFilters } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { assertCanChange, getVisibleFilterOrThrow } from "./views";

/** Soft-deletes a filter (its owner, or a manager for a shared one). */
export async function deleteSavedFilter({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const filter = await getVisibleFilterOrThrow(tx, ctx, id);
    assertCanChange(ctx, filter);
    const now = new Date();
    await tx.update(savedFilters).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(savedFilters.id, id));
  });
}
