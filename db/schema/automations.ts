import { boolean, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { audit, id, timestamptz } from "./columns";
import { automationRunStatus, entityType } from "./enums";
import { franchises, tenants } from "./tenants";

/** A graph of nodes and edges (the @xyflow/react shape) with one trigger. */
export const automations = pgTable(
  "automations",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    franchiseId: uuid().references(() => franchises.id),
    name: text().notNull(),
    automationTrigger: text().notNull(),
    nodes: jsonb().$type<unknown[]>().notNull().default([]),
    edges: jsonb().$type<unknown[]>().notNull().default([]),
    /** Version of the stored graph format, for migrations of old graphs. */
    graphVersion: integer().notNull().default(1),
    isActive: boolean().notNull().default(false),
    delayedAutomationsCount: integer().notNull().default(0),
    ...audit,
  },
  (t) => [index().on(t.tenantId, t.automationTrigger, t.isActive)],
);

export const automationRuns = pgTable(
  "automation_runs",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    automationId: uuid().notNull().references(() => automations.id, { onDelete: "cascade" }),
    status: automationRunStatus().notNull().default("running"),
    recordType: entityType(),
    recordId: uuid(),
    /** The event that started the run. */
    event: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    startedAt: timestamptz().notNull().defaultNow(),
    finishedAt: timestamptz(),
    error: text(),
  },
  (t) => [index().on(t.automationId, t.startedAt)],
);

export const automationRunSteps = pgTable(
  "automation_run_steps",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    runId: uuid().notNull().references(() => automationRuns.id, { onDelete: "cascade" }),
    nodeId: text().notNull(),
    status: automationRunStatus().notNull(),
    input: jsonb(),
    output: jsonb(),
    error: text(),
    attempt: integer().notNull().default(1),
    at: timestamptz().notNull().defaultNow(),
  },
  (t) => [index().on(t.runId, t.at)],
);

export type Automation = typeof automations.$inferSelect;
export type AutomationRun = typeof automationRuns.$inferSelect;
