/**
 * Custom field VALUES, read and written together with their records.
 *
 * Contract for every record verb (contacts, accounts, deals, tasks):
 *
 * - `readValues(db, ctx, entity, recordIds)` → `Map<recordId, {fieldName: value}>`. Every requested id has
 *   an entry holding every live field of the entity (null when the record has no value), so API answers
 *   always carry the same keys. Two queries (run at once) whatever the number of records; call it once per page.
 *
 * - `writeValues(tx, ctx, entity, recordId, input, opts?)`, inside the caller's transaction, after the
 *   record row exists and is known to belong to `ctx.tenantId`. `input` is the body's `customFields`
 *   as received (unknown): `undefined` changes nothing; otherwise an object whose keys are field names
 *   (or field ids) and whose values are checked against each definition's type and options. `null` or ""
 *   clears a value. Any invalid entry throws a validation AppError naming `customFields.<key>` (every bad
 *   key at once); nothing is written, and the caller's transaction rolls back.
 *   Returns the changes as `{"customFields.<fieldName>": {from, to}}`. By default it also appends an
 *   "updated" entry with them to the record's timeline; pass `{ record: false }` to merge them into your
 *   own entry instead (one entry per request). `{ creating: true }` enforces required fields, but only
 *   when the body carries `customFields` at all, so integrations that know nothing of custom fields keep
 *   working. `{ field: "custom_fields" }` names the body key in errors (snake_case families).
 *
 * Values on the wire: text, textarea, email, phone, url, select → string; number → number;
 * date → "YYYY-MM-DD"; datetime → ISO 8601 string (UTC); boolean → boolean; multiselect → string[].
 * Writes also accept the strings document 003 sends (`customFieldValues[].value` is a string):
 * "12.5", "true"/"false", a JSON array for multiselect.
 */
import { and, eq } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import { z } from "zod";
import { calendarDay, inDateRange } from "@/lib/dates";
import type { DbOrTx } from "@/db/client";
import { customFieldValues, type CustomField, type CustomFieldValue, type EntityType, type FieldChange } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { AppError, type FieldIssue } from "@/lib/errors";
import { liveFields } from "./definitions";
import type { FieldOptions } from "./schemas";

export type CustomFieldValues = Record<string, unknown>;
type Stored = Pick<CustomFieldValue, "valueText" | "valueNumber" | "valueDate" | "valueBool" | "valueJson">;

const EMPTY: Stored = { valueText: null, valueNumber: null, valueDate: null, valueBool: null, valueJson: null };

/** The wire value of a stored row. */
function toWire(field: CustomField, v: Stored): unknown {
  switch (field.fieldType) {
    case "number":
      return v.valueNumber === null ? null : Number(v.valueNumber);
    case "date":
      return v.valueDate ? v.valueDate.toISOString().slice(0, 10) : null;
    case "datetime":
      return v.valueDate ? v.valueDate.toISOString() : null;
    case "boolean":
      return v.valueBool;
    case "multiselect":
      return Array.isArray(v.valueJson) ? v.valueJson : null;
    default:
      return v.valueText;
  }
}

export async function readValues(tx: DbOrTx, ctx: Pick<Ctx, "tenantId">, entity: EntityType, recordIds: readonly string[]): Promise<Map<string, CustomFieldValues>> {
  const out = new Map<string, CustomFieldValues>();
  if (recordIds.length === 0) return out;
  // The definitions and the values are read at once (values of fields that are no longer live are skipped).
  const [fields, rows] = await Promise.all([
    liveFields(tx, ctx.tenantId, entity),
    tx
      .select()
      .from(customFieldValues)
      .where(and(eq(customFieldValues.tenantId, ctx.tenantId), eq(customFieldValues.entity, entity), anyOf(customFieldValues.recordId, [...new Set(recordIds)]))),
  ]);
  for (const id of recordIds) out.set(id, Object.fromEntries(fields.map((f) => [f.fieldName, null])));
  const byId = new Map(fields.map((f) => [f.id, f]));
  for (const row of rows) {
    const field = byId.get(row.fieldId);
    if (field) out.get(row.recordId)![field.fieldName] = toWire(field, row);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Parsing one value against its definition

/** A refused value: the API's English words and the same problem in neutral terms for the web app. */
const fail = (message: string, issue: FieldIssue) => ({ error: message, issue }) as const;
type Parsed = { stored: Stored } | { error: string; issue: FieldIssue };

const asNumber = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN);

const parseDate = (v: unknown): Date | null => (typeof v === "string" ? calendarDay(v.trim()) : null);

function parseValue(field: CustomField, raw: unknown): Parsed {
  const options = field.options as FieldOptions;
  const choices = (options.choices ?? []).map((c) => c.value);
  switch (field.fieldType) {
    case "number": {
      const n = asNumber(raw);
      if (!Number.isFinite(n)) return fail("must be a number", { kind: "invalid_number" });
      if (options.min !== undefined && n < options.min) return fail(`must be at least ${options.min}`, { kind: "too_small", limit: options.min });
      if (options.max !== undefined && n > options.max) return fail(`must be at most ${options.max}`, { kind: "too_big", limit: options.max });
      if (Math.abs(n) >= 1e15) return fail("is too large", { kind: "invalid_number" });
      return { stored: { ...EMPTY, valueNumber: String(n) } };
    }
    case "date": {
      const d = parseDate(raw);
      return d ? { stored: { ...EMPTY, valueDate: d } } : fail("must be a date (YYYY-MM-DD)", { kind: "invalid_date" });
    }
    case "datetime": {
      const ok = typeof raw === "string" && z.iso.datetime({ offset: true }).safeParse(raw.trim()).success && inDateRange(new Date(raw.trim()));
      return ok ? { stored: { ...EMPTY, valueDate: new Date((raw as string).trim()) } } : fail("must be a date and time (ISO 8601, e.g. 2025-01-31T09:30:00Z)", { kind: "invalid_datetime" });
    }
    case "boolean": {
      const b = raw === true || raw === "true" ? true : raw === false || raw === "false" ? false : null;
      return b === null ? fail("must be true or false", { kind: "invalid_boolean" }) : { stored: { ...EMPTY, valueBool: b } };
    }
    case "select": {
      if (typeof raw !== "string") return fail("must be one of the field's choices", { kind: "invalid_option" });
      return choices.includes(raw) ? { stored: { ...EMPTY, valueText: raw } } : fail(`must be one of ${choices.join(", ")}`, { kind: "invalid_option" });
    }
    case "multiselect": {
      let list = raw;
      if (typeof raw === "string") {
        try {
          list = JSON.parse(raw);
        } catch {
          list = raw.split(",").map((s) => s.trim()).filter(Boolean);
        }
      }
      if (!Array.isArray(list) || list.some((x) => typeof x !== "string")) return fail("must be a list of the field's choices", { kind: "invalid_option" });
      const bad = list.find((x) => !choices.includes(x as string));
      if (bad !== undefined) return fail(`"${String(bad)}" is not one of ${choices.join(", ")}`, { kind: "invalid_option" });
      const unique = [...new Set(list as string[])];
      return unique.length ? { stored: { ...EMPTY, valueJson: unique } } : { stored: EMPTY };
    }
    default: {
      if (typeof raw !== "string" && typeof raw !== "number") return fail("must be a string", { kind: "invalid_type" });
      const text = String(raw).trim();
      const max = options.maxLength ?? (field.fieldType === "textarea" ? 10_000 : field.fieldType === "url" ? 2_000 : 1_000);
      if (text.length > max) return fail(`must be at most ${max} characters`, { kind: "too_long", limit: max });
      if (field.fieldType === "email" && !z.email().safeParse(text).success) return fail("must be a valid email address", { kind: "invalid_email" });
      if (field.fieldType === "url" && !/^https?:\/\/\S+$/i.test(text)) return fail("must be a web address starting with http:// or https://", { kind: "invalid_url" });
      if (field.fieldType === "phone" && !/^\+?[\d\s().\-/]{3,50}$/.test(text)) return fail("must be a phone number", { kind: "invalid_phone" });
      return { stored: { ...EMPTY, valueText: text } };
    }
  }
}

const isBlank = (v: unknown) => v === null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);

// ------------------------------------------------------------------------------------------------

export async function writeValues(
  tx: DbOrTx,
  ctx: Ctx,
  entity: EntityType,
  recordId: string,
  input: unknown,
  opts: { record?: boolean; creating?: boolean; field?: string } = {},
): Promise<Record<string, FieldChange>> {
  if (input === undefined) return {};
  const prefix = opts.field ?? "customFields";
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new AppError("validation", `${prefix}: must be an object of field name → value`, { fields: { [prefix]: "must be an object of field name → value" } });
  }
  const entries = Object.entries(input as Record<string, unknown>);
  const fields = await liveFields(tx, ctx.tenantId, entity);
  const byKey = new Map<string, CustomField>();
  for (const f of fields) byKey.set(f.id, f).set(f.fieldName, f);

  const errors: Record<string, string> = {};
  const issues: Record<string, FieldIssue> = {};
  const refuse = (key: string, message: string, issue: FieldIssue) => {
    errors[key] = message;
    issues[key] = issue;
  };
  const wanted = new Map<string, { field: CustomField; stored: Stored | null }>();
  for (const [key, raw] of entries) {
    const field = byKey.get(key);
    if (!field) refuse(`${prefix}.${key}`, `no such custom field of ${entity}`, { kind: "rule", rule: { key: "no_such_record" } });
    else if (raw === undefined) continue;
    else if (isBlank(raw)) {
      if (field.isRequired) refuse(`${prefix}.${key}`, "is required", { kind: "required" });
      else wanted.set(field.id, { field, stored: null });
    } else {
      const parsed = parseValue(field, raw);
      if ("error" in parsed) refuse(`${prefix}.${key}`, parsed.error, parsed.issue);
      else wanted.set(field.id, { field, stored: parsed.stored });
    }
  }
  if (opts.creating) {
    for (const f of fields) if (f.isRequired && !wanted.get(f.id)?.stored && !errors[`${prefix}.${f.fieldName}`]) refuse(`${prefix}.${f.fieldName}`, "is required", { kind: "required" });
  }
  const [first] = Object.entries(errors);
  if (first) throw new AppError("validation", `${first[0]}: ${first[1]}`, { fields: errors, issues });
  if (wanted.size === 0) return {};

  const existing = await tx
    .select()
    .from(customFieldValues)
    .where(and(eq(customFieldValues.tenantId, ctx.tenantId), eq(customFieldValues.recordId, recordId), anyOf(customFieldValues.fieldId, [...wanted.keys()])));
  const before = new Map(existing.map((r) => [r.fieldId, r]));

  const changes: Record<string, FieldChange> = {};
  const now = new Date();
  for (const [fieldId, { field, stored }] of wanted) {
    const from = before.has(fieldId) ? toWire(field, before.get(fieldId)!) : null;
    const to = stored ? toWire(field, stored) : null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[`customFields.${field.fieldName}`] = { from, to };
    if (!stored || to === null) {
      await tx.delete(customFieldValues).where(and(eq(customFieldValues.fieldId, fieldId), eq(customFieldValues.recordId, recordId)));
    } else {
      await tx
        .insert(customFieldValues)
        .values({ tenantId: ctx.tenantId, fieldId, entity, recordId, ...stored, modifiedAt: now })
        .onConflictDoUpdate({ target: [customFieldValues.fieldId, customFieldValues.recordId], set: { ...stored, modifiedAt: now } });
    }
  }
  if (opts.record !== false && Object.keys(changes).length) await recordActivity(tx, ctx, { entity, recordId, action: "updated", changes });
  return changes;
}
