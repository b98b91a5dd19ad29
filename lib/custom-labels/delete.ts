import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customLabels } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { getLabelOrThrow } from "./views";

/** Soft delete, as document 003 says: `isDeleted` becomes true and the label leaves the list. */
export async function deleteCustomLabel({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireRole(ctx, ["ADMIN"], "manage custom labels");
  await db.transaction(async (tx) => {
    await getLabelOrThrow(tx, ctx, id);
    const now = new Date();
    await tx.update(customLabels).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(customLabels.id, id));
  });
}
