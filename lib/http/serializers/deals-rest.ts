import { z } from "zod";
import { dealStatuses } from "@/db/schema";
import type { DealListItem } from "@/lib/deals/list";

/**
 * A deal in the REST surface (GET /api/deals): camelCase like every REST list (docs/api.md, "REST
 * conventions"). The documented /api/deals/{id} family keeps document 002's snake_case shape.
 */
const str = z.string().nullable();
const ref = z.object({ id: z.uuid(), name: z.string() });
export const RestDeal = z.object({
  id: z.uuid(),
  name: z.string(),
  description: str,
  amount: z.number().nullable(),
  currency: z.string(),
  status: z.enum(dealStatuses),
  probability: z.number().int().nullable(),
  pipelineId: z.uuid(),
  pipeline: ref,
  stageId: z.uuid(),
  stage: ref.extend({ color: z.string(), kind: z.enum(dealStatuses) }),
  ownerId: z.uuid().nullable(),
  owner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
  primaryContactId: z.uuid().nullable(),
  primaryContact: z.object({ id: z.uuid(), name: z.string(), primaryEmail: str }).nullable(),
  accountId: z.uuid().nullable(),
  account: ref.nullable(),
  expectedCloseDate: str,
  closedAt: str,
  lossReason: str,
  nextSteps: str,
  customId: str,
  stageChangedAt: z.string(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  modifiedAt: str,
  modifiedBy: z.uuid().nullable(),
});
export type RestDeal = z.infer<typeof RestDeal>;
export const RestDealPage = z.object({ data: z.array(RestDeal), meta: z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) });

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const restDeal = (d: DealListItem): RestDeal => ({
  id: d.id,
  name: d.name,
  description: d.description,
  amount: d.amount === null ? null : Number(d.amount),
  currency: d.currency,
  status: d.status,
  probability: d.probability,
  pipelineId: d.pipelineId,
  pipeline: d.pipeline,
  stageId: d.stageId,
  stage: d.stage,
  ownerId: d.ownerId,
  owner: d.owner,
  primaryContactId: d.primaryContactId,
  primaryContact: d.primaryContact,
  accountId: d.accountId,
  account: d.account,
  expectedCloseDate: d.expectedCloseDate,
  closedAt: iso(d.closedAt),
  lossReason: d.lossReason,
  nextSteps: d.nextSteps,
  customId: d.customId,
  stageChangedAt: d.stageChangedAt.toISOString(),
  createdAt: d.createdAt.toISOString(),
  createdBy: d.createdBy,
  modifiedAt: iso(d.modifiedAt),
  modifiedBy: d.modifiedBy,
});
