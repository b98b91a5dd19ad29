import { z } from "zod";
import { requiredText } from "@/lib/validation";
import { TRIGGERS } from "./catalog";
import { GraphEdges, GraphNodes } from "./graph";

/** Document 003 types the franchise as `Franchise2` (no id); Rapport takes a franchise id, `{id}` or null. */
const FranchiseRef = z
  .union([z.uuid("must be a UUID"), z.looseObject({ id: z.uuid("must be a UUID").optional() })], { error: "must be a franchise id, {id} or null" })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v === null ? null : typeof v === "string" ? v : (v.id ?? null)));

const fields = {
  automationTrigger: z.enum(TRIGGERS, { error: `must be one of ${TRIGGERS.join(", ")}` }),
  nodes: GraphNodes,
  edges: GraphEdges,
  franchise: FranchiseRef,
  /** Read-only (pending delays); document 003 requires it in bodies, so it is accepted and ignored. */
  delayedAutomationsCount: z.number({ error: "must be an integer" }).int("must be an integer").min(0, "must be 0 or more").optional(),
  /** An automation runs only when active; activating requires a valid graph. */
  isActive: z.boolean({ error: "must be true or false" }).optional(),
};

/** Body of POST /api/automation (document 003's Automation3, plus isActive). */
export const CreateAutomation = z.object({
  name: requiredText(255),
  ...fields,
  nodes: fields.nodes.default([]),
  edges: fields.edges.default([]),
});
export type CreateAutomation = z.infer<typeof CreateAutomation>;

/** Body of PATCH /api/automation/{automation}: the fields given change (a full Automation3 works too). */
export const UpdateAutomation = z.object({
  name: requiredText(255).optional(),
  ...fields,
  automationTrigger: fields.automationTrigger.optional(),
  nodes: fields.nodes.optional(),
  edges: fields.edges.optional(),
});
export type UpdateAutomation = z.infer<typeof UpdateAutomation>;

/** Query of GET /api/automation/{id}/runs. */
export const ListRunsQuery = z.object({
  limit: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(1, "must be at least 1").max(200, "must be at most 200").default(50),
  status: z.enum(["running", "waiting", "succeeded", "failed"], { error: "must be running, waiting, succeeded or failed" }).optional(),
});
export type ListRunsQuery = z.infer<typeof ListRunsQuery>;

/** Body of POST /api/automation/{id}/test-run: the record to try the automation on. */
export const TestRun = z.object({
  recordId: z.uuid("must be a UUID").optional(),
  /** Also perform the actions (a real run); by default nothing changes and the run shows what would happen. */
  dryRun: z.boolean({ error: "must be true or false" }).default(true),
});
export type TestRun = z.infer<typeof TestRun>;
