import { z } from "zod";
import { dealStatuses, type Contact, type DealStatus } from "@/db/schema";
import type { DealContact, DealView } from "@/lib/deals/views";

/**
 * The deal as documents 000, 001 and 002 spell it: snake_case, timestamps in UTC with six fractional
 * digits (`2024-03-20T10:00:00.000000Z`, as all three documents write them), ids as UUID strings where
 * the documents show integers or 24-hex ids. The zod schemas describe the responses (OpenAPI, tests).
 */
const str = z.string().nullable();

/** `2024-03-20T10:00:00.000000Z`: JavaScript keeps milliseconds, so the last three digits are zeros. */
export const iso6 = (d: Date) => `${d.toISOString().slice(0, 23)}000Z`;
const iso6OrNull = (d: Date | null) => (d ? iso6(d) : null);
const amountNumber = (amount: string | null) => (amount === null ? null : Number(amount));
const fullName = (c: Contact) => [c.firstName, c.lastName].filter(Boolean).join(" ");
const phoneOf = (c: Contact) => c.mobilePhone ?? c.workPhone ?? c.homePhone;

// ---------------------------------------------------------------------------------------------------
// Document 002 (Xalantis): POST /api/deals, and the /api/deals/{id} family → {data: deal}

const XalantisContact = z.object({ uuid: z.uuid(), full_name: z.string(), email: str });
export const XalantisDeal = z.object({
  uuid: z.uuid(),
  name: z.string(),
  description: str,
  amount: z.number().nullable(),
  currency: z.string(),
  status: z.enum(dealStatuses),
  probability: z.number().int().nullable(),
  pipeline: z.object({ id: z.uuid(), name: z.string() }),
  stage: z.object({ id: z.uuid(), name: z.string(), color: z.string(), key: z.string() }),
  contact: XalantisContact.nullable(),
  contacts: z.array(XalantisContact),
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  expected_close_date: str,
  custom_id: str,
  next_steps: str,
  loss_reason: str,
  closed_at: str,
  won_at: str,
  lost_at: str,
  created_at: z.string(),
  updated_at: z.string(),
  custom_fields: z.record(z.string(), z.unknown()),
});
export type XalantisDeal = z.infer<typeof XalantisDeal>;
export const XalantisDealEnvelope = z.object({ data: XalantisDeal });

const xalantisContact = (c: Contact) => ({ uuid: c.id, full_name: fullName(c), email: c.primaryEmail });

export function xalantisDeal(d: DealView): XalantisDeal {
  return {
    uuid: d.id,
    name: d.name,
    description: d.description,
    amount: amountNumber(d.amount),
    currency: d.currency,
    status: d.status,
    probability: d.probability,
    pipeline: { id: d.pipeline.id, name: d.pipeline.name },
    stage: { id: d.stage.id, name: d.stage.name, color: d.stage.color, key: d.stage.key },
    contact: d.primaryContact ? xalantisContact(d.primaryContact) : null,
    contacts: d.contacts.map(xalantisContact),
    owner: d.owner ? { id: d.owner.id, name: d.owner.name } : null,
    expected_close_date: d.expectedCloseDate,
    custom_id: d.customId,
    next_steps: d.nextSteps,
    loss_reason: d.lossReason,
    closed_at: iso6OrNull(d.closedAt),
    won_at: iso6OrNull(d.wonAt),
    lost_at: iso6OrNull(d.lostAt),
    created_at: iso6(d.createdAt),
    updated_at: iso6(d.modifiedAt ?? d.createdAt),
    custom_fields: d.customFields,
  };
}

// ---------------------------------------------------------------------------------------------------
// Document 001 (User.com): /api/public/deals/{id}/ → the bare deal

/** User.com's status codes: 1 in progress, 2 won, 3 lost (0 abandoned and 4 archived do not exist here). */
const USERCOM_STATUS: Record<DealStatus, "1" | "2" | "3"> = { open: "1", won: "2", lost: "3" };

/** "525.0000" → "525.00": at least two decimals, more only when they carry something. */
export function decimalText(amount: string | null): string | null {
  if (amount === null) return null;
  const [int, frac = ""] = amount.split(".");
  return `${int}.${frac.replace(/0+$/, "").padEnd(2, "0")}`;
}

export const UserComDeal = z.object({
  id: z.uuid(),
  name: z.string(),
  description: str,
  value: str,
  currency: z.string(),
  custom_id: str,
  stage: z.uuid(),
  pipeline: z.uuid(),
  assigned_to: z.uuid().nullable(),
  restricted_to: z.null(),
  agent: z.uuid().nullable(),
  company: z.uuid().nullable(),
  person: z.uuid().nullable(),
  status: z.enum(["1", "2", "3"]),
  scope: z.null(),
  probability: z.number().int().nullable(),
  loss_reason_description: str,
  created_by: z.uuid().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  won_at: str,
  lost_at: str,
  activities_status: z.null(),
  activities_status_updated_at: z.null(),
  expected_close_date: str,
  custom_fields: z.record(z.string(), z.unknown()),
});
export type UserComDeal = z.infer<typeof UserComDeal>;

export function userComDeal(d: DealView): UserComDeal {
  return {
    id: d.id,
    name: d.name,
    description: d.description,
    value: decimalText(d.amount),
    currency: d.currency,
    custom_id: d.customId,
    stage: d.stageId,
    pipeline: d.pipelineId,
    // Rapport has no agent groups: both keys carry the deal's owner.
    assigned_to: d.ownerId,
    restricted_to: null,
    agent: d.ownerId,
    company: d.accountId,
    person: d.primaryContactId,
    status: USERCOM_STATUS[d.status],
    scope: null,
    probability: d.probability,
    loss_reason_description: d.lossReason,
    created_by: d.createdBy,
    created_at: iso6(d.createdAt),
    updated_at: iso6(d.modifiedAt ?? d.createdAt),
    won_at: iso6OrNull(d.wonAt),
    lost_at: iso6OrNull(d.lostAt),
    activities_status: null,
    activities_status_updated_at: null,
    expected_close_date: d.expectedCloseDate,
    custom_fields: d.customFields,
  };
}

// ---------------------------------------------------------------------------------------------------
// Document 000 (alaaqat): attach/detach → {data: {properties, contacts}, message}

const AlaaqatContact = z.object({
  _id: z.uuid(),
  account_id: z.uuid(),
  firstname: str,
  lastname: str,
  email: str,
  phone: str,
  deal_ids: z.array(z.uuid()),
  created_at: z.string(),
  updated_at: z.string(),
});
export const AlaaqatDeal = z.object({
  properties: z.object({
    _id: z.uuid(),
    deal_name: z.string(),
    amount: z.number().nullable(),
    currency: z.string(),
    deal_stage: z.string(),
    status: z.enum(dealStatuses),
    pipeline_id: z.uuid(),
    probability: z.number().int().nullable(),
    close_date: str,
    next_steps: str,
    forecast_amount: z.number().nullable(),
    forcast_amount: z.number().nullable(),
    primary_contact_id: z.uuid().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  }),
  contacts: z.array(AlaaqatContact),
});
export const AlaaqatDealEnvelope = z.object({ data: AlaaqatDeal, message: z.literal("Entity was modified Successfully") });
export type AlaaqatDealEnvelope = z.infer<typeof AlaaqatDealEnvelope>;

const alaaqatContact = (c: DealContact) => ({
  _id: c.id,
  // Document 000's account_id is the workspace, not a customer company.
  account_id: c.tenantId,
  firstname: c.firstName,
  lastname: c.lastName,
  email: c.primaryEmail,
  phone: phoneOf(c),
  deal_ids: c.dealIds,
  created_at: iso6(c.createdAt),
  updated_at: iso6(c.modifiedAt ?? c.createdAt),
});

/** amount × probability / 100, kept to the four decimals the amount column has. */
export function forecastAmount(amount: string | null, probability: number | null): number | null {
  if (amount === null || probability === null) return null;
  return Math.round(Number(amount) * probability * 100) / 10_000;
}

export function alaaqatDeal(d: DealView): AlaaqatDealEnvelope {
  const forecast = forecastAmount(d.amount, d.probability);
  return {
    data: {
      properties: {
        _id: d.id,
        deal_name: d.name,
        amount: amountNumber(d.amount),
        currency: d.currency,
        deal_stage: d.stage.key,
        status: d.status,
        pipeline_id: d.pipelineId,
        probability: d.probability,
        // The expected close date, at midnight UTC, in the document's timestamp format.
        close_date: d.expectedCloseDate ? `${d.expectedCloseDate}T00:00:00.000000Z` : null,
        next_steps: d.nextSteps,
        forecast_amount: forecast,
        // The document carries both spellings; integrations may read either.
        forcast_amount: forecast,
        primary_contact_id: d.primaryContactId,
        created_at: iso6(d.createdAt),
        updated_at: iso6(d.modifiedAt ?? d.createdAt),
      },
      contacts: d.contacts.map(alaaqatContact),
    },
    message: "Entity was modified Successfully",
  };
}
