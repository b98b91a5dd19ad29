import { and, count, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { deals, pipelines, stages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { lockPipeline } from "@/lib/stages/ordering";

/**
 * Soft-deletes a pipeline and its stages (managers and admins). Refused with a 400 while it holds live
 * deals, or while it is the default pipeline (make another one the default first).
 */
export async function deletePipeline({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireRole(ctx, ["ADMIN", "MANAGER"], "manage pipelines");
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pipelines:${ctx.tenantId}`}))`);
    const pipeline = await lockPipeline(tx, ctx, id, null);
    if (pipeline.isDefault) throw new AppError("validation", "This is the default pipeline; make another pipeline the default first", { fields: { pipeline: "is the default pipeline" }, rule: { key: "pipeline_default" } });
    const [inUse] = await tx.select({ n: count() }).from(deals).where(and(eq(deals.tenantId, ctx.tenantId), eq(deals.pipelineId, id), sql`not ${deals.isDeleted}`));
    if (inUse!.n) throw new AppError("validation", `This pipeline holds ${inUse!.n} deal(s); move them to another pipeline first`, { fields: { pipeline: `holds ${inUse!.n} deal(s)` }, rule: { key: "pipeline_in_use", params: { count: inUse!.n } } });
    const now = new Date();
    const gone = { isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId };
    await tx.update(stages).set(gone).where(and(eq(stages.pipelineId, id), eq(stages.tenantId, ctx.tenantId), sql`not ${stages.isDeleted}`));
    await tx.update(pipelines).set(gone).where(eq(pipelines.id, id));
  });
}
