import { sql } from "drizzle-orm";
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
    /** Incremented on every save; runs keep the revision they started with. */
    revision: integer().notNull().default(1),
    isActive: boolean().notNull().default(false),
    delayedAutomationsCount: integer().notNull().default(0),
    /** Shared secret of the inbound webhook trigger (and of nothing else). */
    webhookSecret: text().notNull().default(sql`replace(gen_random_uuid()::text, '-', '')`),
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
    /** The graph as it was when the run started, so that editing an automation never changes a run in flight. */
    graph: jsonb().$type<{ nodes: unknown[]; edges: unknown[] }>().notNull().default({ nodes: [], edges: [] }),
    /** How many automation runs led to this one (loop protection). */
    depth: integer().notNull().default(0),
    /** A test run records what would happen and changes nothing. */
    isTest: boolean().notNull().default(false),
    /** The run this one re-runs, if any. */
    rerunOf: uuid(),
    startedAt: timestamptz().notNull().defaultNow(),
    finishedAt: timestamptz(),
    error: text(),
  },
  (t) => [index().on(t.automationId, t.startedAt), index().on(t.tenantId, t.status)],
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
    /** Milliseconds the step took. */
    durationMs: integer(),
    at: timestamptz().notNull().defaultNow(),
  },
  (t) => [index().on(t.runId, t.at)],
);

export const emailStatuses = ["queued", "sent", "failed"] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/** Emails written by the send_email action; a transport sends them when SMTP is configured. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    runId: uuid(),
    recordType: entityType(),
    recordId: uuid(),
    to: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    status: text().$type<EmailStatus>().notNull().default("queued"),
    error: text(),
    createdAt: timestamptz().notNull().defaultNow(),
    sentAt: timestamptz(),
  },
  (t) => [index().on(t.tenantId, t.createdAt), index("email_outbox_queued").on(t.createdAt).where(sql`${t.status} = 'queued'`)],
);

export type Automation = typeof automations.$inferSelect;
export type AutomationRun = typeof automationRuns.$inferSelect;
export type AutomationRunStep = typeof automationRunSteps.$inferSelect;
