import { relations } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { audit, id } from "./columns";
import { stageKind } from "./enums";
import { tenants } from "./tenants";

export const pipelines = pgTable(
  "pipelines",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    isDefault: boolean().notNull().default(false),
    position: integer().notNull().default(0),
    ...audit,
  },
  (t) => [
    index().on(t.tenantId),
    // At most one default pipeline per workspace.
    uniqueIndex("pipelines_one_default_uq").on(t.tenantId).where(sql`${t.isDefault} and not ${t.isDeleted}`),
  ],
);

/** An ordered step of a pipeline. Its kind keeps the status of its deals in step (open, won, lost). */
export const stages = pgTable(
  "stages",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    pipelineId: uuid().references(() => pipelines.id),
    name: text().notNull(),
    /** Stable machine key, e.g. "closed_lost" (document 000's deal_stage). */
    key: text().notNull(),
    color: text().notNull().default("#64748b"),
    probability: integer().notNull().default(0),
    kind: stageKind().notNull().default("open"),
    position: integer().notNull().default(0),
    ...audit,
  },
  (t) => [index().on(t.tenantId, t.pipelineId, t.position)],
);

/** Where deals and contacts come from (website, referral, …). */
export const leadSources = pgTable(
  "lead_sources",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    ...audit,
  },
  (t) => [index().on(t.tenantId)],
);

export const pipelinesRelations = relations(pipelines, ({ many }) => ({ stages: many(stages) }));
export const stagesRelations = relations(stages, ({ one }) => ({
  pipeline: one(pipelines, { fields: [stages.pipelineId], references: [pipelines.id] }),
}));

export type Pipeline = typeof pipelines.$inferSelect;
export type Stage = typeof stages.$inferSelect;
export type LeadSource = typeof leadSources.$inferSelect;
