import { db } from "@/db/client";
import { stages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AppError, isUniqueViolation, ruleField } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { insertAt, keyTaken, lockPipeline, orderedStageIds, uniqueKey, writeOrder } from "./ordering";
import { CreateStage, keyFromName } from "./schemas";
import { getStageView, type StageView } from "./views";

/**
 * Adds a stage (managers and admins). With a pipeline (in the body, or `pipelineId` from the path of
 * /api/pipelines/{id}/stages) it goes at `position` or at the end; without one it is one of document 003's
 * free-standing stages, which hold no deals until attached to a pipeline.
 */
export async function createStage({ ctx, input, pipelineId }: { ctx: Ctx; input: unknown; pipelineId?: string }): Promise<StageView> {
  requireRole(ctx, ["ADMIN", "MANAGER"], "manage stages");
  const data = parseInput(CreateStage, input);
  const target = pipelineId ?? data.pipelineId ?? data.pipeline ?? null;
  const field = data.pipelineId !== undefined ? "pipelineId" : "pipeline";
  try {
    return await db.transaction(async (tx) => {
      if (pipelineId) await lockPipeline(tx, ctx, pipelineId, null);
      else if (target) await lockPipeline(tx, ctx, target, field);
      let key: string;
      if (data.key) {
        if (await keyTaken(tx, ctx, target, data.key)) throw ruleField("key", "another stage of this pipeline has this key", "stage_key_taken");
        key = data.key;
      } else key = await uniqueKey(tx, ctx, target, keyFromName(data.name));
      const kind = data.kind ?? "open";
      const [row] = await tx
        .insert(stages)
        .values({
          ...(data.id ? { id: data.id } : {}),
          tenantId: ctx.tenantId,
          pipelineId: target,
          name: data.name,
          key,
          color: data.color ?? "#64748b",
          probability: data.probability ?? (kind === "won" ? 100 : 0),
          kind,
          position: 0,
          createdBy: ctx.userId,
        })
        .returning({ id: stages.id });
      await writeOrder(tx, ctx, insertAt(await orderedStageIds(tx, ctx, target, row!.id), row!.id, data.position));
      return getStageView(tx, ctx, row!.id);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("conflict", "A stage with this id already exists", { fields: { id: "is already in use" } });
    throw e;
  }
}
