import { z } from "zod";
import { dealStatuses } from "@/db/schema";
import { requiredText } from "@/lib/validation";

export const Color = z
  .string({ error: "must be a colour like #3b82f6" })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #3b82f6")
  .transform((s) => s.toLowerCase());
export const StageKey = z
  .string({ error: "must be a string" })
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, "must be lower-case letters, digits and _ (at most 64), starting with a letter");
export const Probability = z.number({ error: "must be a whole number from 0 to 100" }).int("must be a whole number from 0 to 100").min(0, "must be 0 or more").max(100, "must be at most 100");
export const StageKind = z.enum(dealStatuses, { error: "must be open, won or lost" });
const Position = z.number({ error: "must be a number" }).int("must be an integer").min(0, "must be 0 or more").max(1_000, "must be at most 1000");
/** `{ "id": "…" }` (document 003's reference style) or the id itself; null detaches. */
const PipelineRef = z.preprocess(
  (v) => (v && typeof v === "object" && !Array.isArray(v) && "id" in v ? (v as { id: unknown }).id : v),
  z.string({ error: "must be a pipeline id (UUID)" }).uuid("must be a pipeline id (UUID)").nullable(),
);

const StageFields = {
  key: StageKey.optional(),
  color: Color.optional(),
  probability: Probability.optional(),
  kind: StageKind.optional(),
  /** The pipeline the stage belongs to: `{id}` or the id; document 003's stages may have none. */
  pipeline: PipelineRef.optional(),
  /** Alias of `pipeline`. */
  pipelineId: PipelineRef.optional(),
  /** Index among the pipeline's stages (0 = first); at the end when left out. */
  position: Position.optional(),
};

/** Body of POST /api/stage (document 003's ConnectionStage `{id, name}` plus Rapport's stage settings). */
export const CreateStage = z.object({
  /** Document 003 lets the client choose the id. */
  id: z.string({ error: "must be a UUID" }).uuid("must be a UUID").optional(),
  name: requiredText(100),
  ...StageFields,
});
export type CreateStage = z.infer<typeof CreateStage>;

/** Body of PATCH /api/stage/{id}: only the given fields change. */
export const UpdateStage = z.object({ name: requiredText(100).optional(), ...StageFields });
export type UpdateStage = z.infer<typeof UpdateStage>;

/** "Nouveau lead !" → "nouveau_lead". */
export function keyFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 56);
  return /^[a-z]/.test(slug) ? slug : `stage_${slug}`.replace(/_+$/, "");
}
