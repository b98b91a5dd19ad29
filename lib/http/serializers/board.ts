import { z } from "zod";
import { dealStatuses } from "@/db/schema";
import type { MovedDeal } from "@/lib/deals/move";

/** The board in the REST surface (camelCase): exactly what lib/deals/board.ts returns. */
const Ref = z.object({ id: z.uuid(), name: z.string() });
export const BoardCardSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  amount: z.number().nullable(),
  currency: z.string(),
  status: z.enum(dealStatuses),
  stageId: z.uuid(),
  position: z.string(),
  stageChangedAt: z.string(),
  expectedCloseDate: z.string().nullable(),
  account: Ref.nullable(),
  contact: Ref.nullable(),
  owner: Ref.nullable(),
  nextTask: z.object({ id: z.uuid(), title: z.string(), dueAt: z.string().nullable() }).nullable(),
  overdue: z.boolean(),
});
export const BoardColumnSchema = z.object({
  stage: z.object({ id: z.uuid(), name: z.string(), color: z.string(), kind: z.enum(dealStatuses), probability: z.number().int() }),
  count: z.number().int(),
  totals: z.array(z.object({ currency: z.string(), amount: z.number(), weighted: z.number() })),
  cards: z.array(BoardCardSchema),
  nextCursor: z.string().nullable(),
});
export const BoardEnvelope = z.object({
  data: z.object({ pipeline: Ref, pipelines: z.array(Ref), columns: z.array(BoardColumnSchema) }),
});
export const BoardColumnPageEnvelope = z.object({ data: z.array(BoardCardSchema), meta: z.object({ nextCursor: z.string().nullable() }) });

export const MovedDealEnvelope = z.object({
  data: z.object({
    id: z.uuid(),
    stageId: z.uuid(),
    pipelineId: z.uuid(),
    status: z.enum(dealStatuses),
    position: z.string(),
    probability: z.number().int().nullable(),
    lossReason: z.string().nullable(),
    closedAt: z.string().nullable(),
    stageChangedAt: z.string(),
  }),
});
export type MovedDealJson = z.infer<typeof MovedDealEnvelope>["data"];

export const movedDeal = (d: MovedDeal): MovedDealJson => ({
  id: d.id,
  stageId: d.stageId,
  pipelineId: d.pipelineId,
  status: d.status,
  position: d.position,
  probability: d.probability,
  lossReason: d.lossReason,
  closedAt: d.closedAt?.toISOString() ?? null,
  stageChangedAt: d.stageChangedAt.toISOString(),
});
