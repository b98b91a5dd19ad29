import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { stages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { invalidField, ruleField } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { insertAt, keyTaken, lockPipeline, openStagesLeft, orderedStageIds, uniqueKey, writeOrder } from "./ordering";
import { UpdateStage } from "./schemas";
import { dealCounts, getStageOrThrow, getStageView, type StageView } from "./views";

/**
 * Renames, recolours, re-weights or moves a stage (managers and admins). Changing the kind, or the
 * pipeline, of a stage that holds deals is refused with a 400: its deals' status and pipeline follow
 * their stage, so they are moved first (on the board or with PATCH /api/deals/{id}).
 */
export async function updateStage({ ctx, id, input, pipelineId }: { ctx: Ctx; id: string; input: unknown; pipelineId?: string }): Promise<StageView> {
  requireRole(ctx, ["ADMIN", "MANAGER"], "manage stages");
  const data = parseInput(UpdateStage, input);
  return db.transaction(async (tx) => {
    if (pipelineId) await lockPipeline(tx, ctx, pipelineId, null);
    const before = await getStageOrThrow(tx, ctx, id);
    if (pipelineId && before.pipelineId !== pipelineId) throw invalidField("id", "is not a stage of this pipeline");
    const ref = data.pipelineId !== undefined ? { value: data.pipelineId, field: "pipelineId" } : { value: data.pipeline, field: "pipeline" };
    const target = ref.value === undefined ? before.pipelineId : ref.value;
    const moving = target !== before.pipelineId;
    const kind = data.kind ?? before.kind;
    const inUse = (await dealCounts(tx, ctx, [id])).get(id) ?? 0;

    if (moving) {
      if (inUse) throw ruleField(ref.field, `cannot change while ${inUse} deal(s) are in this stage; move them first`, "stage_kind_in_use", { count: inUse });
      if (target) await lockPipeline(tx, ctx, target, ref.field);
    }
    if (kind !== before.kind && inUse) throw ruleField("kind", `cannot change while ${inUse} deal(s) are in this stage; move them first`, "stage_kind_in_use", { count: inUse });
    if (before.pipelineId && before.kind === "open" && (kind !== "open" || moving) && (await openStagesLeft(tx, ctx, before.pipelineId, id)) === 0) {
      throw ruleField(moving ? ref.field : "kind", "a pipeline needs at least one open stage", "pipeline_needs_open_stage");
    }

    let key = data.key ?? before.key;
    if (data.key !== undefined && (await keyTaken(tx, ctx, target, data.key, id))) throw ruleField("key", "another stage of this pipeline has this key", "stage_key_taken");
    if (moving && data.key === undefined) key = await uniqueKey(tx, ctx, target, before.key, id);

    await tx
      .update(stages)
      .set({
        name: data.name,
        key,
        color: data.color,
        probability: data.probability,
        kind,
        pipelineId: target,
        modifiedAt: new Date(),
        modifiedBy: ctx.userId,
      })
      .where(eq(stages.id, id));
    if (moving) await writeOrder(tx, ctx, await orderedStageIds(tx, ctx, before.pipelineId));
    if (moving || data.position !== undefined) {
      const others = await orderedStageIds(tx, ctx, target, id);
      const current = (await orderedStageIds(tx, ctx, target)).indexOf(id);
      await writeOrder(tx, ctx, insertAt(others, id, data.position ?? (moving ? undefined : current)));
    }
    return getStageView(tx, ctx, id);
  });
}
