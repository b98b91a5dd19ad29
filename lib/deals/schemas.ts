import { z } from "zod";
import { dealStatuses } from "@/db/schema";
import { CustomFieldValuesInput } from "@/lib/custom-fields/schemas";
import { restListParams, sortParam } from "@/lib/list-params";
import { calendarDay } from "@/lib/dates";
import { optionalText } from "@/lib/validation";

/**
 * Request bodies of the deal endpoints of documents 000, 001 and 002. They arrive as JSON or as forms
 * (document 001), so numbers, ids and dates also come as strings; an empty form value clears a field.
 */

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const isRequired = (iss: { input: unknown }) => (iss.input === undefined || iss.input === null ? "is required" : undefined);

/** Required, trimmed text; "is required" when missing, null or blank. */
const requiredName = (max: number) =>
  z
    .string({ error: (iss) => isRequired(iss) ?? "must be a string" })
    .trim()
    .min(1, "is required")
    .max(max, `must be at most ${max} characters`);

export const MAX_AMOUNT = 99_999_999_999_999; // numeric(18, 4) keeps 14 digits before the point

/**
 * A money amount ≥ 0: a JSON number or a decimal string ("525.00", as document 001 writes values).
 * The output is the decimal text PostgreSQL returns for numeric(18, 4), e.g. "525.0000".
 */
export const Amount = z.preprocess(
  (v) => (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : blankToNull(v)),
  z
    .number({ error: "must be a number" })
    .min(0, "must be 0 or more")
    .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`)
    .transform((n) => n.toFixed(4))
    .nullable(),
);

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
/** An ISO 4217 code, any case; stored in upper case. */
export const Currency = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
  z
    .string({ error: "must be a 3-letter ISO 4217 code" })
    .regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code")
    .refine((c) => CURRENCIES.has(c), "is not an ISO 4217 currency code"),
);

/** A calendar date as YYYY-MM-DD or YYYY:MM:DD (document 001's format); stored as YYYY-MM-DD. */
export const DateInput = z.preprocess(
  blankToNull,
  z
    .string({ error: "must be a date (YYYY-MM-DD or YYYY:MM:DD)" })
    .trim()
    .transform((s, c) => {
      const m = /^(\d{4})([-:])(\d{2})\2(\d{2})$/.exec(s);
      const iso = m ? `${m[1]}-${m[3]}-${m[4]}` : "";
      if (!m || !calendarDay(iso)) {
        c.addIssue({ code: "custom", message: "must be a date (YYYY-MM-DD or YYYY:MM:DD)" });
        return z.NEVER;
      }
      return iso;
    })
    .nullable(),
);

/** A reference by id: our ids are UUIDs (the documents' integer ids are not); numbers are read as text. */
export const Id = z.preprocess(
  (v) => (typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : v),
  z.string({ error: (iss) => isRequired(iss) ?? "must be an id (UUID)" }).uuid("must be an id (UUID)"),
);
const NullableId = z.preprocess(blankToNull, Id.nullable());

/** Deal status: open, won or lost, or document 001's codes 1 (in progress), 2 (won), 3 (lost). */
const STATUS_CODES: Record<string, string> = { "1": "open", "2": "won", "3": "lost" };
export const Status = z.preprocess(
  (v) => {
    const s = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim().toLowerCase() : v;
    return typeof s === "string" ? (STATUS_CODES[s] ?? s) : s;
  },
  z.enum(dealStatuses, { error: "must be open, won or lost (or 1, 2, 3)" }),
);

export const Probability = z.preprocess(
  (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
  z.number({ error: "must be a whole number from 0 to 100" }).int("must be a whole number from 0 to 100").min(0, "must be 0 or more").max(100, "must be at most 100"),
);

const Email = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z.string({ error: (iss) => isRequired(iss) ?? "must be a string" }).min(1, "is required").max(320, "must be at most 320 characters").pipe(z.email("must be a valid email address")),
);

/** Body of POST /api/deals (document 002), plus a few optional extras (description, custom_id, next_steps). */
export const CreateDeal = z.object({
  name: requiredName(255),
  description: optionalText(10_000),
  amount: Amount.optional(),
  currency: Currency.optional(),
  pipeline_id: Id.optional(),
  stage_id: Id.optional(),
  expected_close_date: DateInput.optional(),
  custom_id: optionalText(255),
  next_steps: optionalText(2_000),
  contact_email: Email,
  contact_first_name: optionalText(120),
  contact_last_name: optionalText(120),
  contact_phone: optionalText(50),
  /** Custom field name → value (lib/custom-fields/values.ts); `customFields` is accepted too. */
  custom_fields: CustomFieldValuesInput.optional(),
  customFields: CustomFieldValuesInput.optional(),
});
export type CreateDeal = z.infer<typeof CreateDeal>;

/**
 * Body of PATCH /api/deals/{id} and of document 001's update (PATCH/PUT/POST /api/public/deals/{id}/).
 * Only the fields present change. Aliases: `value` = `amount`, `stage` = `stage_id`, `pipeline` =
 * `pipeline_id`, `agent` = `assigned_to` (the first of each pair wins when both are sent).
 */
export const UpdateDeal = z.object({
  name: requiredName(255).optional(),
  description: optionalText(10_000),
  amount: Amount.optional(),
  value: Amount.optional(),
  currency: Currency.optional(),
  custom_id: optionalText(255),
  person: NullableId.optional(),
  assigned_to: NullableId.optional(),
  agent: NullableId.optional(),
  stage_id: Id.optional(),
  stage: Id.optional(),
  pipeline_id: Id.optional(),
  pipeline: Id.optional(),
  expected_close_date: DateInput.optional(),
  loss_reason_description: optionalText(2_000),
  next_steps: optionalText(2_000),
  probability: Probability.optional(),
  status: Status.optional(),
  /** Custom field name → value; null clears one. `customFields` is accepted too. */
  custom_fields: CustomFieldValuesInput.optional(),
  customFields: CustomFieldValuesInput.optional(),
});
export type UpdateDeal = z.infer<typeof UpdateDeal>;

/** Body of POST /api/deals/{id}/attach-contacts (document 000). */
export const AttachContacts = z.object({
  contact_ids: z
    .array(Id, { error: (iss) => isRequired(iss) ?? "must be an array of contact ids" })
    .min(1, "must name at least one contact")
    .max(500, "must have at most 500 entries"),
});
export type AttachContacts = z.infer<typeof AttachContacts>;

/** Body of POST /api/deals/{id}/detach-contact (document 000). */
export const DetachContact = z.object({ contact_id: Id });
export type DetachContact = z.infer<typeof DetachContact>;

/**
 * A card dropped on the board (or a stage clicked on the deal page): the stage, and the card it now
 * follows in that column (`afterId`; null or absent = the top). `lossReason` is kept when the stage is
 * a lost one. REST style (camelCase), like every endpoint beyond the documents.
 */
export const MoveDeal = z.object({
  stageId: Id,
  afterId: NullableId.optional(),
  lossReason: optionalText(2_000),
});
export type MoveDeal = z.infer<typeof MoveDeal>;

export const BOARD_STATUSES = ["all", "open", "won", "lost"] as const;
export const MAX_BOARD_COLUMN_PAGE = 200;

/** Filters of the board (GET /api/board): the URL of /board carries the same names. */
export const BoardFilters = z.object({
  pipelineId: Id.optional(),
  q: z.string({ error: "must be a string" }).trim().max(200, "must be at most 200 characters").optional(),
  /** "me", "anyone" (the default) or a user's id. */
  owner: z
    .string({ error: "must be me, anyone or a user id" })
    .trim()
    .refine((v) => v === "me" || v === "anyone" || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v), "must be me, anyone or a user id")
    .default("anyone"),
  status: z.enum(BOARD_STATUSES, { error: `must be one of ${BOARD_STATUSES.join(", ")}` }).default("all"),
  /** A saved filter of deals (its conditions narrow the board). */
  filter: Id.optional(),
  limit: z.coerce
    .number({ error: "must be a number" })
    .int("must be an integer")
    .min(1, "must be at least 1")
    .max(MAX_BOARD_COLUMN_PAGE, `must be at most ${MAX_BOARD_COLUMN_PAGE}`)
    .default(50),
});
export type BoardFilters = z.infer<typeof BoardFilters>;

/** The next page of one column: the board's filters, the stage and the column's cursor. */
export const BoardColumnQuery = BoardFilters.extend({
  stageId: Id,
  cursor: z.string({ error: "must be a string" }).trim().min(1, "is required").max(200, "must be at most 200 characters"),
});
export type BoardColumnQuery = z.infer<typeof BoardColumnQuery>;

export const DEAL_SORT_FIELDS = ["name", "amount", "status", "probability", "expectedCloseDate", "createdAt", "modifiedAt", "stageChangedAt"] as const;

/** GET /api/deals and the deal list page (REST conventions: docs/api.md). */
export const ListDealsQuery = z.object({
  ...restListParams,
  // Newest first unless asked otherwise (the "-" prefix is read by sortParam like any client value).
  sort: sortParam(DEAL_SORT_FIELDS, "-createdAt" as (typeof DEAL_SORT_FIELDS)[number]),
  pipelineId: z.string().uuid("must be a UUID").optional(),
  stageId: z.string().uuid("must be a UUID").optional(),
  status: z.enum(dealStatuses, { error: "must be open, won or lost" }).optional(),
  ownerId: z.union([z.literal("me"), z.string().uuid("must be a UUID or me")], { error: "must be a UUID or me" }).optional(),
  accountId: z.string().uuid("must be a UUID").optional(),
  contactId: z.string().uuid("must be a UUID").optional(),
});
export type ListDealsQuery = z.infer<typeof ListDealsQuery>;

/** Bulk "move stage" of the deal list: the selected deals go to the top of that stage. */
export const BulkMoveDeals = z.object({
  ids: z.array(z.string().uuid("must be a UUID"), { error: "must be a list of ids" }).min(1, "must name at least one record").max(500, "must have at most 500 entries"),
  stageId: Id,
  lossReason: optionalText(2_000),
});
export type BulkMoveDeals = z.infer<typeof BulkMoveDeals>;
