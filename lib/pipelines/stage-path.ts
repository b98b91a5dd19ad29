import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { pipelines, stages, type DealStatus } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";

export type PathStage = { id: string; name: string; color: string; kind: DealStatus; probability: number };

/** The stages of a pipeline of the caller's workspace, in order: the stage path of a deal page. */
export async function listPipelineStages({ ctx, pipelineId }: { ctx: Ctx; pipelineId: string }): Promise<PathStage[]> {
  return db
    .select({ id: stages.id, name: stages.name, color: stages.color, kind: stages.kind, probability: stages.probability })
    .from(stages)
    .where(and(eq(stages.tenantId, ctx.tenantId), eq(stages.pipelineId, pipelineId), sql`not ${stages.isDeleted}`))
    .orderBy(asc(stages.position), asc(stages.id));
}

export type StageOption = PathStage & { pipelineId: string; pipelineName: string };

/** Every stage of every pipeline of the workspace, pipeline by pipeline: the choices of "move to stage". */
export async function listStageOptions({ ctx }: { ctx: Ctx }): Promise<StageOption[]> {
  return db
    .select({ id: stages.id, name: stages.name, color: stages.color, kind: stages.kind, probability: stages.probability, pipelineId: pipelines.id, pipelineName: pipelines.name })
    .from(stages)
    .innerJoin(pipelines, eq(pipelines.id, stages.pipelineId))
    .where(and(eq(stages.tenantId, ctx.tenantId), sql`not ${stages.isDeleted}`, sql`not ${pipelines.isDeleted}`))
    .orderBy(desc(pipelines.isDefault), asc(pipelines.position), asc(pipelines.id), asc(stages.position), asc(stages.id));
}
