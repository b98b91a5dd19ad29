import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, numeric, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { audit, id, timestamptz } from "./columns";
import { customFieldType, entityType } from "./enums";
import { tenants } from "./tenants";

/** A field a workspace adds to one entity. */
export const customFields = pgTable(
  "custom_fields",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    entity: entityType().notNull(),
    /** Machine name, unique per entity in a workspace. */
    fieldName: text().notNull(),
    label: text().notNull(),
    fieldType: customFieldType().notNull(),
    /** Choices for select types; min/max and other settings (document 003 keeps them as JSON text). */
    options: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    isRequired: boolean().notNull().default(false),
    position: integer().notNull().default(0),
    ...audit,
  },
  (t) => [uniqueIndex("custom_fields_name_uq").on(t.tenantId, t.entity, t.fieldName).where(sql`not ${t.isDeleted}`)],
);

/**
 * One value of one custom field for one record, in a column of its type so that filters can use
 * ordinary btree indexes (field, value) instead of scanning JSON.
 */
export const customFieldValues = pgTable(
  "custom_field_values",
  {
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    fieldId: uuid().notNull().references(() => customFields.id, { onDelete: "cascade" }),
    entity: entityType().notNull(),
    recordId: uuid().notNull(),
    valueText: text(),
    valueNumber: numeric(),
    valueDate: timestamptz(),
    valueBool: boolean(),
    valueJson: jsonb(),
    modifiedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("custom_field_values_uq").on(t.fieldId, t.recordId),
    index().on(t.recordId),
    // Filters on custom fields are EXISTS (value row of this field for this record, matching): with the
    // record id in the (field, value) indexes, the matching values are read by an index-only scan and
    // joined to the records without visiting the value rows (a select field on a million contacts).
    index().on(t.fieldId, t.valueText, t.recordId),
    // Filters on text custom fields: equality through lower(), contains/ends-with through trigrams.
    index("custom_field_values_text_lower").on(t.fieldId, sql`lower(${t.valueText})`, t.valueText, t.recordId),
    index("custom_field_values_text_trgm").using("gin", sql`lower(${t.valueText}) gin_trgm_ops`),
    index().on(t.fieldId, t.valueNumber, t.recordId),
    index().on(t.fieldId, t.valueDate, t.recordId),
  ],
);

/** A workspace's dictionary of display labels (document 003's CustomLabel). */
export const customLabels = pgTable(
  "custom_labels",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    value: jsonb().$type<Record<string, unknown>>().notNull(),
    ...audit,
  },
  (t) => [index().on(t.tenantId)],
);

export type CustomField = typeof customFields.$inferSelect;
export type CustomFieldValue = typeof customFieldValues.$inferSelect;
export type CustomLabel = typeof customLabels.$inferSelect;
