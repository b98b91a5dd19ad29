import { z } from "zod";
import { customFieldTypes, entityTypes, type CustomFieldType, type EntityType } from "@/db/schema";
import { optionalText } from "@/lib/validation";

/**
 * Custom field definitions (document 003's CustomField: entity, fieldName, fieldType, options) with
 * Rapport's extras (label, isRequired, position). Document 003 gives no enums, so the usual spellings
 * of entities and types are accepted and stored in Rapport's own terms.
 */

const ENTITY_ALIASES: Record<string, EntityType> = {
  contact: "contact",
  contacts: "contact",
  account: "account",
  accounts: "account",
  deal: "deal",
  deals: "deal",
  lead: "deal",
  leads: "deal",
  connection: "deal",
  connections: "deal",
  task: "task",
  tasks: "task",
};

/** "Lead", "connections", "Deal" → "deal"; null for anything else. */
export function entityFromName(name: unknown): EntityType | null {
  return typeof name === "string" ? (ENTITY_ALIASES[name.trim().toLowerCase()] ?? null) : null;
}

export const Entity = z.preprocess(
  (v) => entityFromName(v) ?? v,
  z.enum(entityTypes, { error: `must be one of ${entityTypes.join(", ")} (or lead/connection for deals)` }),
);

const TYPE_ALIASES: Record<string, CustomFieldType> = {
  string: "text",
  varchar: "text",
  longtext: "textarea",
  integer: "number",
  int: "number",
  float: "number",
  decimal: "number",
  numeric: "number",
  money: "number",
  "date-time": "datetime",
  date_time: "datetime",
  timestamp: "datetime",
  bool: "boolean",
  checkbox: "boolean",
  enum: "select",
  choice: "select",
  dropdown: "select",
  "multi-select": "multiselect",
  multi_select: "multiselect",
  tags: "multiselect",
  tel: "phone",
};

export const FieldType = z.preprocess(
  (v) => (typeof v === "string" ? (TYPE_ALIASES[v.trim().toLowerCase()] ?? v.trim().toLowerCase()) : v),
  z.enum(customFieldTypes, { error: `must be one of ${customFieldTypes.join(", ")}` }),
);

export const FIELD_NAME_RE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
export const FieldName = z
  .string({ error: "must be a string" })
  .trim()
  .regex(FIELD_NAME_RE, "must start with a letter and hold only letters, digits and _ (at most 64)");

/** "Budget (k€)" → "budget_k". */
export function fieldNameFromLabel(label: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);
  return /^[a-z]/.test(slug) ? slug : `field_${slug}`.replace(/_+$/, "");
}

const Choice = z.union([
  z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  z.object({
    value: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    label: z.string().trim().max(200, "must be at most 200 characters").optional(),
  }),
]);

/** The settings of a field: choices for select types, bounds for numbers, a length for text. */
const OptionsObject = z
  .object({
    choices: z.array(Choice).max(500, "must have at most 500 entries").optional(),
    min: z.number({ error: "must be a number" }).optional(),
    max: z.number({ error: "must be a number" }).optional(),
    maxLength: z.number({ error: "must be a number" }).int("must be an integer").min(1, "must be at least 1").max(10_000, "must be at most 10000").optional(),
  })
  .loose();

/** Document 003 sends options as JSON text (`"{\"min\": 1}"`); Rapport also takes the object itself. */
export const Options = z.preprocess((v, c) => {
  if (v === null || v === "") return {};
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    c.addIssue({ code: "custom", message: "must be a JSON object (or its JSON text)" });
    return z.NEVER;
  }
}, OptionsObject.refine((o) => JSON.stringify(o).length <= 50_000, "must be at most 50000 characters of JSON"));

export type Choices = { value: string; label: string }[];
export type FieldOptions = { choices?: Choices; min?: number; max?: number; maxLength?: number } & Record<string, unknown>;

/** Choices as `{value, label}` and duplicate values refused. */
export function normaliseOptions(options: z.infer<typeof Options>): FieldOptions {
  const out: FieldOptions = { ...options, choices: undefined };
  delete out.choices;
  if (options.choices) out.choices = options.choices.map((c) => (typeof c === "string" ? { value: c, label: c } : { value: c.value, label: c.label || c.value }));
  return out;
}

const Common = {
  label: optionalText(120),
  options: Options.optional(),
  isRequired: z.boolean({ error: "must be true or false" }).optional(),
  position: z.number({ error: "must be a number" }).int("must be an integer").min(0, "must be 0 or more").max(10_000, "must be at most 10000").optional(),
};

/** Body of POST /api/custom-field. `fieldName` may be left out when a `label` is given. */
export const CreateCustomField = z.object({ entity: Entity, fieldName: FieldName.optional(), fieldType: FieldType, ...Common });
export type CreateCustomField = z.infer<typeof CreateCustomField>;

/** Body of PATCH /api/custom-field/{customField}: only the given fields change. */
export const UpdateCustomField = z.object({ entity: Entity.optional(), fieldName: FieldName.optional(), fieldType: FieldType.optional(), ...Common });
export type UpdateCustomField = z.infer<typeof UpdateCustomField>;

/**
 * The `customFields` of a record body: field name (or field id) → value; null clears a value. Form-encoded
 * bodies (document 001) may send it as JSON text. Values are checked by lib/custom-fields/values.ts.
 */
export const CustomFieldValuesInput = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  },
  z.record(z.string(), z.unknown(), { error: "must be an object of field name → value" }),
);
export type CustomFieldValuesInput = z.infer<typeof CustomFieldValuesInput>;
