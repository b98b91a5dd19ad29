import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { deals, type Deal, type Stage } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { generateKeyBetween } from "./position";

/**
 * The columns that follow a deal's stage (DESIGN §4: the status is kept in step with the stage's kind).
 * Status and probability come from the stage; closedAt/wonAt/lostAt are set on entering a won or lost
 * stage (kept when moving between two stages of the same kind) and cleared on reopening.
 */
export function stageState(stage: Stage & { pipelineId: string }, now: Date, before?: Pick<Deal, "status" | "closedAt" | "wonAt" | "lostAt">) {
  const status = stage.kind;
  const same = before?.status === status;
  return {
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    status,
    probability: stage.probability,
    stageChangedAt: now,
    closedAt: status === "open" ? null : same ? (before.closedAt ?? now) : now,
    wonAt: status === "won" ? (same ? (before.wonAt ?? now) : now) : null,
    lostAt: status === "lost" ? (same ? (before.lostAt ?? now) : now) : null,
  };
}

/**
 * The position key that puts a card at the top of a stage column: just before the column's first key.
 * No lock: two deals entering the same column at once may get the same key. The board orders every
 * column by (position, id), so tied cards still have one stable, deterministic order (ids are UUIDv7:
 * the earlier of two tied cards comes first), and a move next to a tied card spreads the tie first
 * (lib/deals/move.ts). Creates into one column therefore never wait for each other.
 */
export async function topOfColumn(tx: DbOrTx, ctx: Ctx, stageId: string): Promise<string> {
  return generateKeyBetween(null, await firstKeyOfColumn(tx, ctx, stageId));
}

/** The smallest position key of a column, or null when it is empty. */
export async function firstKeyOfColumn(tx: DbOrTx, ctx: Ctx, stageId: string): Promise<string | null> {
  const [row] = await tx
    .select({ first: sql<string | null>`min(${deals.position})` })
    .from(deals)
    .where(and(eq(deals.tenantId, ctx.tenantId), eq(deals.stageId, stageId), sql`not ${deals.isDeleted}`));
  return row?.first ?? null;
}
