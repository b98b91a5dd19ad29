import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { pipelines, stages, type DealStatus, type Pipeline, type Stage } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { invalidField, ruleField } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/**
 * Pipeline and stage references from request bodies, checked against the caller's workspace.
 * `field` is the name the client used (`pipeline_id`, `stage`…), so that a 400 names it.
 * Another workspace's id is reported exactly like an unknown one.
 */

const livePipeline = (ctx: Ctx) => and(eq(pipelines.tenantId, ctx.tenantId), sql`not ${pipelines.isDeleted}`);
const liveStage = (ctx: Ctx) => and(eq(stages.tenantId, ctx.tenantId), sql`not ${stages.isDeleted}`);

export async function getPipeline(tx: DbOrTx, ctx: Ctx, id: string, field: string): Promise<Pipeline> {
  const [row] = isUuid(id) ? await tx.select().from(pipelines).where(and(eq(pipelines.id, id), livePipeline(ctx))).limit(1) : [];
  if (!row) throw ruleField(field, "no such pipeline", "no_such_record");
  return row;
}

/** The workspace's default pipeline (or, if none is marked default, its first one). */
export async function defaultPipeline(tx: DbOrTx, ctx: Ctx, field: string): Promise<Pipeline> {
  const [row] = await tx
    .select()
    .from(pipelines)
    .where(livePipeline(ctx))
    .orderBy(desc(pipelines.isDefault), asc(pipelines.position), asc(pipelines.id))
    .limit(1);
  if (!row) throw invalidField(field, "the workspace has no pipeline");
  return row;
}

/** A stage that belongs to a pipeline of the workspace (document 003's free-standing stages hold no deals). */
export async function getStage(tx: DbOrTx, ctx: Ctx, id: string, field: string): Promise<Stage & { pipelineId: string }> {
  const [row] = isUuid(id) ? await tx.select().from(stages).where(and(eq(stages.id, id), liveStage(ctx))).limit(1) : [];
  if (!row) throw ruleField(field, "no such stage", "no_such_record");
  if (!row.pipelineId) throw invalidField(field, "this stage belongs to no pipeline");
  return { ...row, pipelineId: row.pipelineId };
}

/** The first stage of a pipeline by position, optionally the first of a given kind. */
export async function firstStage(tx: DbOrTx, ctx: Ctx, pipelineId: string, field: string, kind?: DealStatus): Promise<Stage & { pipelineId: string }> {
  const [row] = await tx
    .select()
    .from(stages)
    .where(and(eq(stages.pipelineId, pipelineId), liveStage(ctx), kind ? eq(stages.kind, kind) : undefined))
    .orderBy(asc(stages.position), asc(stages.id))
    .limit(1);
  if (!row) throw invalidField(field, kind ? `the pipeline has no ${kind} stage` : "the pipeline has no stages");
  return { ...row, pipelineId };
}

/**
 * Where a deal goes: the named stage (whose pipeline must match the named one, if any), else the first
 * stage of the named pipeline, else the first stage of the default pipeline.
 */
export async function resolvePlacement(
  tx: DbOrTx,
  ctx: Ctx,
  ref: { pipelineId?: string; pipelineField: string; stageId?: string; stageField: string },
): Promise<{ pipeline: Pipeline; stage: Stage & { pipelineId: string } }> {
  const pipeline = ref.pipelineId !== undefined ? await getPipeline(tx, ctx, ref.pipelineId, ref.pipelineField) : null;
  if (ref.stageId !== undefined) {
    const stage = await getStage(tx, ctx, ref.stageId, ref.stageField);
    if (pipeline && stage.pipelineId !== pipeline.id) throw invalidField(ref.stageField, `is not a stage of pipeline ${pipeline.id}`);
    return { pipeline: pipeline ?? (await getPipeline(tx, ctx, stage.pipelineId, ref.stageField)), stage };
  }
  if (!pipeline) return defaultPlacement(tx, ctx, ref.pipelineField);
  return { pipeline, stage: await firstStage(tx, ctx, pipeline.id, ref.pipelineField) };
}

/** The first stage of the default pipeline (defaultPipeline, then firstStage) with one statement. */
export async function defaultPlacement(tx: DbOrTx, ctx: Ctx, field: string): Promise<{ pipeline: Pipeline; stage: Stage & { pipelineId: string } }> {
  const chosen = tx
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(livePipeline(ctx))
    .orderBy(desc(pipelines.isDefault), asc(pipelines.position), asc(pipelines.id))
    .limit(1);
  const [row] = await tx
    .select({ pipeline: pipelines, stage: stages })
    .from(pipelines)
    .leftJoin(stages, and(eq(stages.pipelineId, pipelines.id), liveStage(ctx)))
    .where(eq(pipelines.id, sql`(${chosen})`))
    .orderBy(asc(stages.position), asc(stages.id))
    .limit(1);
  if (!row) throw invalidField(field, "the workspace has no pipeline");
  if (!row.stage) throw invalidField(field, "the pipeline has no stages");
  return { pipeline: row.pipeline, stage: { ...row.stage, pipelineId: row.pipeline.id } };
}
