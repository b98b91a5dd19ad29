import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { deals, type Deal, type FieldChange, type Stage } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { emitDealChange } from "@/lib/events/emit";

export type DealSet = Partial<typeof deals.$inferInsert>;

/**
 * The one place where a deal changes stage, whoever asked (board drag, deal page, bulk move, the API's
 * PATCH, document 001's update, automations): it writes the deal row once, records `stage_changed`
 * with what the move changed and emits `deal.stage_changed` (plus `deal.won` / `deal.lost`) for the
 * automations. Anything else that must react to stage moves hooks in here.
 */
export async function writeStageMove(
  tx: DbOrTx,
  ctx: Ctx,
  move: { before: Deal; to: Stage & { pipelineId: string }; set: DealSet; changes: Record<string, FieldChange>; now: Date },
): Promise<void> {
  await tx
    .update(deals)
    .set({ ...move.set, modifiedAt: move.now, modifiedBy: ctx.userId })
    .where(eq(deals.id, move.before.id));
  await recordActivity(tx, ctx, { entity: "deal", recordId: move.before.id, action: "stage_changed", changes: move.changes });
  await emitDealChange(tx, ctx, move.before, { id: move.before.id, stageId: move.to.id, status: move.to.kind }, {});
}
