import { and, asc, count, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import type { DbOrTx } from "@/db/client";
import { deals, pipelines, stages, type Stage } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** A stage with its pipeline's name and the number of live deals in it (what "in use" means). */
export type StageView = Stage & { pipeline: { id: string; name: string } | null; dealCount: number };

export const liveStages = (ctx: Ctx) => and(eq(stages.tenantId, ctx.tenantId), sql`not ${stages.isDeleted}`);

/** Live deals per stage id, one grouped query. */
export async function dealCounts(tx: DbOrTx, ctx: Ctx, stageIds: string[]): Promise<Map<string, number>> {
  if (stageIds.length === 0) return new Map();
  const rows = await tx
    .select({ stageId: deals.stageId, n: count() })
    .from(deals)
    .where(and(eq(deals.tenantId, ctx.tenantId), anyOf(deals.stageId, stageIds), sql`not ${deals.isDeleted}`))
    .groupBy(deals.stageId);
  return new Map(rows.map((r) => [r.stageId, r.n]));
}

/** Stages of the workspace (optionally one, or those of some pipelines), ordered by pipeline then position. */
export async function stageViews(tx: DbOrTx, ctx: Ctx, where: { id?: string; pipelineIds?: string[] } = {}): Promise<StageView[]> {
  const rows = await tx
    .select({ stage: stages, pipeline: { id: pipelines.id, name: pipelines.name } })
    .from(stages)
    .leftJoin(pipelines, eq(pipelines.id, stages.pipelineId))
    .where(and(liveStages(ctx), where.id ? eq(stages.id, where.id) : undefined, where.pipelineIds ? anyOf(stages.pipelineId, where.pipelineIds) : undefined))
    .orderBy(asc(pipelines.position), asc(pipelines.createdAt), asc(stages.pipelineId), asc(stages.position), asc(stages.createdAt), asc(stages.id));
  const counts = await dealCounts(tx, ctx, rows.map((r) => r.stage.id));
  return rows.map((r) => ({ ...r.stage, pipeline: r.pipeline, dealCount: counts.get(r.stage.id) ?? 0 }));
}

/** The only way to load a stage for writing (locked until commit); another workspace's id is "not found". */
export async function getStageOrThrow(tx: DbOrTx, ctx: Ctx, id: string): Promise<Stage> {
  if (!isUuid(id)) throw notFound("Stage");
  const [row] = await tx.select().from(stages).where(and(eq(stages.id, id), liveStages(ctx))).limit(1).for("update");
  if (!row) throw notFound("Stage");
  return row;
}

export async function getStageView(tx: DbOrTx, ctx: Ctx, id: string): Promise<StageView> {
  if (!isUuid(id)) throw notFound("Stage");
  const [view] = await stageViews(tx, ctx, { id });
  if (!view) throw notFound("Stage");
  return view;
}
