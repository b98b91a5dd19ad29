import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { deals } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { isManager } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getDealOrThrow } from "./views";

/** Soft-deletes a deal inside the caller's transaction: its owner, a manager or an admin may. */
export async function applyDealDelete(tx: DbOrTx, ctx: Ctx, id: string): Promise<void> {
  const deal = await getDealOrThrow(tx, ctx, id);
  if (!isManager(ctx) && deal.ownerId !== ctx.userId) throw new AppError("forbidden", "Only the deal's owner, a manager or an admin can delete it", { rule: { key: "delete_not_owner" } });
  const now = new Date();
  await tx.update(deals).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(deals.id, id));
  await recordActivity(tx, ctx, { entity: "deal", recordId: id, action: "deleted" });
}

/** DELETE /api/deals/{id}: the deal leaves the board and every list, and answers 404 afterwards. */
export async function deleteDeal({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  await db.transaction((tx) => applyDealDelete(tx, ctx, id));
}
