import { z } from "zod";
import { ContactRef } from "@/lib/contacts/schemas";
import { optionalText, requiredText } from "@/lib/validation";
import { isoDateTime } from "@/lib/dates";
import { DateInput } from "./schemas";

/**
 * Document 003's lead bodies (`POST /api/lead`, `POST /api/lead/{lead}/copy`). A lead is a deal: these
 * schemas only translate the document's spelling. References are `{ "id": "<uuid>" }` objects as the
 * document writes them; a bare id string is accepted too.
 */

const isMissing = (iss: { input: unknown }) => iss.input === undefined || iss.input === null;

/** `{id}` or a bare id; "is required" when absent. */
const Ref = (required: boolean) =>
  z.preprocess(
    (v) => (typeof v === "string" || typeof v === "number" ? { id: String(v).trim() } : v),
    z.object(
      { id: z.string({ error: (iss) => (isMissing(iss) ? "is required" : "must be a UUID") }).uuid("must be a UUID") },
      { error: (iss) => (isMissing(iss) && required ? "is required" : "must be an object with an id") },
    ),
  );
const OptionalRef = Ref(false).nullish();

const bool = z.boolean({ error: "must be true or false" }).nullish();
const int = z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(1_000_000, "must be at most 1000000").nullish();
const dateTime = isoDateTime("must be an ISO 8601 date-time").nullish();

const TEXT_LIMITS = { makeStr: 100, modelStr: 100, yearStr: 10, trimStr: 100, utmCampaign: 255, utmSource: 255, leadHandlingInstructions: 5_000, formName: 255, direction: 50 } as const;
export const VERTICAL_TEXT = Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[];
export const VERTICAL_BOOL = ["customerInitiated", "testDriveDone", "orderPlaced", "tradeInAppraisalDone", "creditApplicationSubmitted", "isTakeOver", "isWalkAroundDone", "offerMade", "inTransit", "cpo", "demo", "isLostApproved"] as const;
export const VERTICAL_DATE = ["testDriveDate", "orderDate", "tradeInAppraisalDate", "creditApplicationSubmittedDate", "takeOverDate", "walkAroundDate", "offerMadeDate", "expectedDeliveryDate"] as const;
export const VERTICAL_INT = ["visitCount", "presaleVisitCount", "postsaleVisitCount", "automationDay"] as const;
export const VERTICAL_KEYS = [...VERTICAL_TEXT, ...VERTICAL_BOOL, ...VERTICAL_DATE, ...VERTICAL_INT] as const;
export type VerticalKey = (typeof VERTICAL_KEYS)[number];

const fieldsOf = <K extends string, S extends z.ZodType>(keys: readonly K[], schema: (k: K) => S) => Object.fromEntries(keys.map((k) => [k, schema(k)])) as Record<K, S>;

/**
 * Document 003's vertical (automotive) fields of Connection/Lead and of LeadCreateRequest. They are
 * kept in the deal's `vertical` column under these names and returned as they were given.
 */
export const VerticalFields = {
  ...fieldsOf(VERTICAL_TEXT, (k) => optionalText(TEXT_LIMITS[k])),
  ...fieldsOf(VERTICAL_BOOL, () => bool),
  ...fieldsOf(VERTICAL_DATE, () => dateTime),
  ...fieldsOf(VERTICAL_INT, () => int),
};

/** Body of POST /api/lead: LeadCreateRequest (`subject`, `department`, `contact`, `source`, `franchise` required). */
export const CreateLead = z.object({
  subject: requiredText(255),
  description: optionalText(10_000),
  department: Ref(true),
  contact: Ref(true),
  source: Ref(true),
  franchise: Ref(true),
  account: OptionalRef,
  assignees: z.array(Ref(true), { error: "must be an array of {id} references" }).max(20, "must have at most 20 entries").nullish(),
  category: optionalText(50),
  priority: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(100, "must be at most 100").nullish(),
  isQualified: z.boolean({ error: "must be true or false" }).nullish(),
  /** Connection.dueDate: the expected close date (a date-time or a date; the date part is kept). */
  dueDate: z.preprocess((v) => (typeof v === "string" ? v.trim().slice(0, 10) : v), DateInput).optional(),
  customFieldValues: z
    .array(z.object({ field: Ref(true), value: z.union([z.string(), z.number(), z.boolean()], { error: "must be a string" }).nullable() }), { error: "must be an array" })
    .max(200, "must have at most 200 entries")
    .nullish(),
  ...VerticalFields,
});
export type CreateLead = z.infer<typeof CreateLead>;

/**
 * Body of POST /api/lead/{lead}/copy: CopyLeadData. `contact` is required: `{id}` names a contact of the
 * workspace; a contact without id is found by its primary email or created. The rest falls back to the
 * original lead.
 */
export const CopyLead = z.object({
  contact: z
    .preprocess((v) => (typeof v === "string" ? { id: v.trim() } : v), ContactRef.nullish())
    .refine((v) => v != null, "is required")
    .transform((v) => v!),
  account: OptionalRef,
  subject: requiredText(255).optional(),
  department: OptionalRef,
  franchise: OptionalRef,
});
export type CopyLead = z.infer<typeof CopyLead>;
