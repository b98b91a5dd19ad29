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
 * The position key that puts a card at the top of a stage column. It takes a transaction-scoped advisory
 * lock on the column first, so that two deals entering the same column at once never get the same key;
 * the lock is released when the caller's transaction ends.
 */
export async function topOfColumn(tx: DbOrTx, ctx: Ctx, stageId: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`deal-column:${stageId}`}, 0))`);
  const [row] = await tx
    .select({ first: sql<string | null>`min(${deals.position})` })
    .from(deals)
    .where(and(eq(deals.tenantId, ctx.tenantId), eq(deals.stageId, stageId), sql`not ${deals.isDeleted}`));
  return generateKeyBetween(null, row?.first ?? null);
}
