import { eq } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { accounts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { isManager } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getAccountOrThrow } from "./views";

/** Soft-deletes one account inside the caller's transaction (shared with the bulk delete). */
export async function applyAccountDelete(tx: Tx, ctx: Ctx, id: string): Promise<void> {
  const account = await getAccountOrThrow(tx, ctx, id);
  if (!isManager(ctx) && account.ownerId !== ctx.userId) {
    throw new AppError("forbidden", "Only the account's owner, a manager or an admin can delete it", { rule: { key: "delete_not_owner" } });
  }
  const now = new Date();
  await tx.update(accounts).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(accounts.id, id));
  await recordActivity(tx, ctx, { entity: "account", recordId: id, action: "deleted" });
}

/**
 * Soft-deletes an account: it leaves every list, its links and deals stay for the record.
 * Its owner, a manager or an admin may delete it.
 */
export async function deleteAccount({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  await db.transaction((tx) => applyAccountDelete(tx, ctx, id));
}
