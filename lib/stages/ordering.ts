import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { pipelines, stages, type Pipeline } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { AppError, ruleField } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { liveStages } from "./views";

/**
 * Stage order within a pipeline is a dense 0..n-1 `position`. Pipelines have a handful of stages, so
 * every change rewrites the positions of that pipeline's stages, under a lock on the pipeline row so that
 * two concurrent edits apply one after the other.
 */

/** Locks a live pipeline of the workspace; `field` names the reference in a 400, or null for a 404. */
export async function lockPipeline(tx: DbOrTx, ctx: Ctx, id: string, field: string | null): Promise<Pipeline> {
  const [row] = isUuid(id)
    ? await tx.select().from(pipelines).where(and(eq(pipelines.id, id), eq(pipelines.tenantId, ctx.tenantId), sql`not ${pipelines.isDeleted}`)).limit(1).for("update")
    : [];
  if (!row) throw field ? ruleField(field, "no such pipeline", "no_such_record") : new AppError("not_found", "Pipeline not found");
  return row;
}

/** Ids of the pipeline's live stages in order (null: the free-standing stages of document 003). */
export async function orderedStageIds(tx: DbOrTx, ctx: Ctx, pipelineId: string | null, exceptId?: string): Promise<string[]> {
  const rows = await tx
    .select({ id: stages.id })
    .from(stages)
    .where(and(liveStages(ctx), pipelineId ? eq(stages.pipelineId, pipelineId) : isNull(stages.pipelineId), exceptId ? ne(stages.id, exceptId) : undefined))
    .orderBy(asc(stages.position), asc(stages.createdAt), asc(stages.id));
  return rows.map((r) => r.id);
}

/** Writes positions 0..n-1 in the given order (only rows whose position changes). */
export async function writeOrder(tx: DbOrTx, ctx: Ctx, ids: string[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await tx.update(stages).set({ position }).where(and(eq(stages.id, id), eq(stages.tenantId, ctx.tenantId), ne(stages.position, position)));
  }
}

/** `ids` with `id` inserted at `position` (clamped), or at the end. */
export function insertAt(ids: string[], id: string, position?: number): string[] {
  const at = position === undefined ? ids.length : Math.min(position, ids.length);
  return [...ids.slice(0, at), id, ...ids.slice(at)];
}

/** The next free `key` for a stage of this pipeline: `proposal`, then `proposal_2`, … */
export async function uniqueKey(tx: DbOrTx, ctx: Ctx, pipelineId: string | null, base: string, exceptId?: string): Promise<string> {
  const rows = await tx
    .select({ key: stages.key })
    .from(stages)
    .where(and(liveStages(ctx), pipelineId ? eq(stages.pipelineId, pipelineId) : isNull(stages.pipelineId), exceptId ? ne(stages.id, exceptId) : undefined));
  const taken = new Set(rows.map((r) => r.key));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** True when some other live stage of the pipeline already has `key`. */
export async function keyTaken(tx: DbOrTx, ctx: Ctx, pipelineId: string | null, key: string, exceptId?: string): Promise<boolean> {
  return (await uniqueKey(tx, ctx, pipelineId, key, exceptId)) !== key;
}

/** A pipeline must keep at least one open stage, or new deals would have nowhere to go. */
export async function openStagesLeft(tx: DbOrTx, ctx: Ctx, pipelineId: string, exceptId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(stages)
    .where(and(liveStages(ctx), eq(stages.pipelineId, pipelineId), eq(stages.kind, "open"), ne(stages.id, exceptId)));
  return row!.n;
}
