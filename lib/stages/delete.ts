import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { stages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { lockPipeline, openStagesLeft, orderedStageIds, writeOrder } from "./ordering";
import { dealCounts, getStageOrThrow } from "./views";


/**
 * Soft-deletes a stage (managers and admins). Refused with a 400 (document 003: "used by connections or
 * pipelines") while live deals are in it, or when it is the last open stage of its pipeline.
 */
export async function deleteStage({ ctx, id, pipelineId }: { ctx: Ctx; id: string; pipelineId?: string }): Promise<void> {
  requireRole(ctx, ["ADMIN", "MANAGER"], "manage stages");
  await db.transaction(async (tx) => {
    if (pipelineId) await lockPipeline(tx, ctx, pipelineId, null);
    const stage = await getStageOrThrow(tx, ctx, id);
    if (pipelineId && stage.pipelineId !== pipelineId) throw new AppError("not_found", "Stage not found");
    const inUse = (await dealCounts(tx, ctx, [id])).get(id) ?? 0;
    if (inUse) {
      throw new AppError("validation", `This stage holds ${inUse} deal(s); move them to another stage first`, { fields: { stage: `holds ${inUse} deal(s)` }, rule: { key: "stage_in_use", params: { count: inUse } } });
    }
    if (stage.pipelineId && stage.kind === "open" && (await openStagesLeft(tx, ctx, stage.pipelineId, id)) === 0) {
      throw new AppError("validation", "This is the last open stage of its pipeline; a pipeline needs at least one", { fields: { stage: "is the pipeline's last open stage" }, rule: { key: "stage_last_open" } });
    }
    const now = new Date();
    await tx.update(stages).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(stages.id, id));
    await writeOrder(tx, ctx, await orderedStageIds(tx, ctx, stage.pipelineId));
  });
}
