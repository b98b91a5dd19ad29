import { and, asc, eq, gt, ne, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { deals, type Deal } from "@/db/schema";
import { diff } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { invalidField } from "@/lib/errors";
import { getStage } from "@/lib/pipelines/resolve";
import { parseInput } from "@/lib/validation";
import { stageState } from "./placement";
import { generateKeyBetween } from "./position";
import { MoveDeal } from "./schemas";
import { writeStageMove, type DealSet } from "./stage-move";
import { getDealOrThrow } from "./views";

const inColumn = (ctx: Ctx, stageId: string, except: string) =>
  and(eq(deals.tenantId, ctx.tenantId), eq(deals.stageId, stageId), sql`not ${deals.isDeleted}`, ne(deals.id, except));

/**
 * The position key right after `afterId` in the column (or at its top), computed from the neighbours
 * only: whatever the column size, the move writes one row. The column is locked (advisory, for this
 * transaction) so that two cards dropped at the same spot at once never share a key.
 *
 * Creates don't take that lock (lib/deals/placement.ts), so cards may share a key; the board orders them
 * by (position, id). Dropping a card after one of several tied cards first gives the tied cards distinct
 * keys in that same order (a few rows, and only then), so that the card lands exactly where it was dropped.
 */
async function positionAfter(tx: DbOrTx, ctx: Ctx, deal: Deal, stageId: string, afterId: string | null): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`deal-column:${stageId}`}, 0))`);
  if (!afterId) return generateKeyBetween(null, await firstKey(tx, ctx, stageId, deal.id));
  if (afterId === deal.id) throw invalidField("afterId", "cannot be the moved deal itself");
  const [after] = await tx.select({ position: deals.position }).from(deals).where(and(inColumn(ctx, stageId, deal.id), eq(deals.id, afterId))).limit(1);
  if (!after) throw invalidField("afterId", "is not a deal of that stage");
  const [tied, [next]] = await Promise.all([
    tx.select({ id: deals.id }).from(deals).where(and(inColumn(ctx, stageId, deal.id), eq(deals.position, after.position))).orderBy(asc(deals.id)),
    tx.select({ position: sql<string | null>`min(${deals.position})` }).from(deals).where(and(inColumn(ctx, stageId, deal.id), gt(deals.position, after.position))),
  ]);
  let lower = after.position;
  let upper = next?.position ?? null;
  if (tied.length > 1) {
    const keys: string[] = [after.position];
    for (let i = 1; i < tied.length; i++) keys.push(generateKeyBetween(keys[i - 1]!, upper));
    await Promise.all(tied.slice(1).map((t, i) => tx.update(deals).set({ position: keys[i + 1]! }).where(eq(deals.id, t.id))));
    const at = tied.findIndex((t) => t.id === afterId);
    lower = keys[at]!;
    if (at + 1 < keys.length) upper = keys[at + 1]!;
  }
  return generateKeyBetween(lower, upper);
}

async function firstKey(tx: DbOrTx, ctx: Ctx, stageId: string, except: string): Promise<string | null> {
  const [row] = await tx.select({ position: sql<string | null>`min(${deals.position})` }).from(deals).where(inColumn(ctx, stageId, except));
  return row?.position ?? null;
}

export type MovedDeal = Pick<Deal, "id" | "stageId" | "pipelineId" | "status" | "position" | "probability" | "lossReason" | "closedAt" | "stageChangedAt">;

/**
 * Moves a deal on the board: to another stage (status, probability and the close dates follow the
 * stage; a lost stage keeps the loss reason, leaving it clears it) and/or to another place in its
 * column. Any role may move deals. A move within a column only changes the position and is not
 * written to the timeline; a stage change goes through writeStageMove like every other stage change.
 */
export async function moveDeal({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<MovedDeal> {
  const data = parseInput(MoveDeal, input);
  return db.transaction((tx) => applyDealMove(tx, ctx, id, data));
}

/** moveDeal inside the caller's transaction (bulk moves run many in one). */
export async function applyDealMove(tx: DbOrTx, ctx: Ctx, id: string, data: MoveDeal): Promise<MovedDeal> {
  const before = await getDealOrThrow(tx, ctx, id);
  const stage = await getStage(tx, ctx, data.stageId, "stageId");
  const position = await positionAfter(tx, ctx, before, stage.id, data.afterId ?? null);
  const now = new Date();
  if (stage.id === before.stageId) {
    const set: DealSet = { position, ...(stage.kind === "lost" && data.lossReason !== undefined ? { lossReason: data.lossReason } : {}) };
    await tx.update(deals).set({ ...set, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(deals.id, id));
    return { ...pick(before), ...set } as MovedDeal;
  }
  const set: DealSet = {
    ...stageState(stage, now, before),
    position,
    lossReason: stage.kind === "lost" ? (data.lossReason !== undefined ? data.lossReason : before.lossReason) : null,
  };
  const changes = diff(before, set, ["stageId", "pipelineId", "status", "probability", "lossReason"]);
  await writeStageMove(tx, ctx, { before, to: stage, set, changes, now });
  return { ...pick(before), ...set } as MovedDeal;
}

const pick = (d: Deal): MovedDeal => ({
  id: d.id,
  stageId: d.stageId,
  pipelineId: d.pipelineId,
  status: d.status,
  position: d.position,
  probability: d.probability,
  lossReason: d.lossReason,
  closedAt: d.closedAt,
  stageChangedAt: d.stageChangedAt,
});
