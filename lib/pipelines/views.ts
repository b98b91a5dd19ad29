import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { pipelines, type Pipeline } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { stageViews, type StageView } from "@/lib/stages/views";

/** A pipeline with its stages in order. */
export type PipelineView = Pipeline & { stages: StageView[] };

export const livePipelines = (ctx: Ctx) => and(eq(pipelines.tenantId, ctx.tenantId), sql`not ${pipelines.isDeleted}`);
export const pipelineOrder = [asc(pipelines.position), asc(pipelines.createdAt), asc(pipelines.id)];

export async function withStages(tx: DbOrTx, ctx: Ctx, rows: Pipeline[]): Promise<PipelineView[]> {
  if (rows.length === 0) return [];
  const all = await stageViews(tx, ctx, { pipelineIds: rows.map((r) => r.id) });
  return rows.map((p) => ({ ...p, stages: all.filter((s) => s.pipelineId === p.id) }));
}

export async function getPipelineView(tx: DbOrTx, ctx: Ctx, id: string): Promise<PipelineView> {
  const [row] = isUuid(id) ? await tx.select().from(pipelines).where(and(eq(pipelines.id, id), livePipelines(ctx))).limit(1) : [];
  if (!row) throw notFound("Pipeline");
  return (await withStages(tx, ctx, [row]))[0]!;
}
