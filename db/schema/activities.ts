import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamptz } from "./columns";
import { entityType } from "./enums";
import { tenants } from "./tenants";

/** One field's change: the value before and after. */
export type FieldChange = { from: unknown; to: unknown };

/**
 * The timeline of a record: every create, update, delete, note, link… with who, when and what changed.
 * Append-only, so it has no audit columns of its own.
 */
export const activities = pgTable(
  "activities",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    entity: entityType().notNull(),
    recordId: uuid().notNull(),
    /** created, updated, deleted, note, linked, unlinked, stage_changed, … */
    action: text().notNull(),
    changes: jsonb().$type<Record<string, FieldChange>>().notNull().default({}),
    note: text(),
    actorId: uuid(),
    /** How the change arrived: ui, api, automation, import, system. */
    via: text().notNull().default("system"),
    at: timestamptz().notNull().defaultNow(),
  },
  (t) => [index().on(t.tenantId, t.entity, t.recordId, t.at)],
);

export type Activity = typeof activities.$inferSelect;
