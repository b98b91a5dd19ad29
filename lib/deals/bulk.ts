import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { deals } from "@/db/schema";
import { diff, recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { BulkAssignOwner, BulkIds } from "@/lib/bulk";
import { emitDealChange } from "@/lib/events/emit";
import { parseInput } from "@/lib/validation";
import { applyDealDelete } from "./delete";
import { applyDealMove } from "./move";
import { assertUser } from "./refs";
import { BulkMoveDeals } from "./schemas";
import { getDealOrThrow } from "./views";

/** Gives the selected deals to one owner (or none), all or nothing; each deal's timeline records it. */
export async function bulkAssignDeals({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids, ownerId } = parseInput(BulkAssignOwner, input);
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    if (ownerId) await assertUser(tx, ctx, ownerId, "ownerId");
    const now = new Date();
    for (const id of unique) {
      const before = await getDealOrThrow(tx, ctx, id);
      const changes = diff(before, { ownerId });
      if (!Object.keys(changes).length) continue;
      await tx.update(deals).set({ ownerId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(deals.id, id));
      await recordActivity(tx, ctx, { entity: "deal", recordId: id, action: "updated", changes });
      await emitDealChange(tx, ctx, before, before, changes);
    }
  });
  return { count: unique.length };
}

/** Moves the selected deals to the top of one stage, all or nothing, each through the one stage move. */
export async function bulkMoveDeals({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids, stageId, lossReason } = parseInput(BulkMoveDeals, input);
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    for (const id of unique) await applyDealMove(tx, ctx, id, { stageId, afterId: null, lossReason });
  });
  return { count: unique.length };
}

/** Soft-deletes the selected deals, all or nothing (one the caller may not delete stops the batch). */
export async function bulkDeleteDeals({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids } = parseInput(BulkIds, input);
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    for (const id of unique) await applyDealDelete(tx, ctx, id);
  });
  return { count: unique.length };
}
