import { z } from "zod";
import { requiredText } from "@/lib/validation";
import { Color, Probability, StageKey, StageKind } from "@/lib/stages/schemas";

const NewStage = z.object({
  name: requiredText(100),
  key: StageKey.optional(),
  color: Color.optional(),
  probability: Probability.optional(),
  kind: StageKind.optional(),
});

/** Body of POST /api/pipelines. Without `stages` the pipeline starts with Rapport's default stages. */
export const CreatePipeline = z.object({
  name: requiredText(100),
  isDefault: z.boolean({ error: "must be true or false" }).optional(),
  stages: z.array(NewStage).min(1, "must have at least one stage").max(50, "must have at most 50 stages").optional(),
});
export type CreatePipeline = z.infer<typeof CreatePipeline>;

/** Body of PATCH /api/pipelines/{id}. `isDefault: true` makes it the workspace's default pipeline. */
export const UpdatePipeline = z.object({
  name: requiredText(100).optional(),
  isDefault: z.boolean({ error: "must be true or false" }).optional(),
  position: z.number({ error: "must be a number" }).int("must be an integer").min(0, "must be 0 or more").max(1_000, "must be at most 1000").optional(),
});
export type UpdatePipeline = z.infer<typeof UpdatePipeline>;

/** Body of PUT /api/pipelines/{id}/stages/order: every live stage id of the pipeline, in the new order. */
export const ReorderStages = z.object({
  stageIds: z.array(z.string({ error: "must be a stage id" }).uuid("must be a stage id (UUID)")).min(1, "must list the pipeline's stages").max(200, "must have at most 200 entries"),
});
export type ReorderStages = z.infer<typeof ReorderStages>;

export const PIPELINE_SORT = ["position", "name", "createdAt"] as const;
