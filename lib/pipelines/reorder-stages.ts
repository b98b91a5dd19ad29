import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { invalidField } from "@/lib/errors";
import { lockPipeline, orderedStageIds, writeOrder } from "@/lib/stages/ordering";
import { parseInput } from "@/lib/validation";
import { ReorderStages } from "./schemas";
import { getPipelineView, type PipelineView } from "./views";

/**
 * Puts a pipeline's stages in the given order (managers and admins). The list must name every live stage
 * of the pipeline exactly once, so that a client working from a stale list gets a 400, not a mix-up.
 */
export async function reorderStages({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<PipelineView> {
  requireRole(ctx, ["ADMIN", "MANAGER"], "manage stages");
  const { stageIds } = parseInput(ReorderStages, input);
  return db.transaction(async (tx) => {
    await lockPipeline(tx, ctx, id, null);
    const current = await orderedStageIds(tx, ctx, id);
    const unknown = stageIds.findIndex((s) => !current.includes(s));
    if (unknown >= 0) throw invalidField(`stageIds[${unknown}]`, "is not a stage of this pipeline");
    if (new Set(stageIds).size !== stageIds.length) throw invalidField("stageIds", "names a stage twice");
    if (stageIds.length !== current.length) throw invalidField("stageIds", `must name all ${current.length} stages of the pipeline`);
    await writeOrder(tx, ctx, stageIds);
    return getPipelineView(tx, ctx, id);
  });
}
