import { z } from "zod";
import type { AutomationRunStep } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { isManager } from "@/lib/auth/permissions";
import type { RunView } from "@/lib/automation/list-runs";
import type { AutomationView } from "@/lib/automation/views";
import { Audit } from "@/lib/http/openapi/schemas";

/**
 * Document 003's Automation3 (name, automationTrigger, nodes, edges, franchise, delayedAutomationsCount)
 * plus what the document leaves out: `id`, `isActive`, the audit fields of BaseRecord, run statistics
 * and, for managers, the inbound webhook's path and secret.
 */
const ref = (id: string | null) => (id ? { id } : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const RunStatus = z.enum(["running", "waiting", "succeeded", "failed"]);

export const ConeAutomation = z.object({
  id: z.uuid(),
  name: z.string(),
  automationTrigger: z.string(),
  nodes: z.array(z.object({ id: z.string(), type: z.string(), position: z.object({ x: z.number(), y: z.number() }), data: z.record(z.string(), z.unknown()) })),
  edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), sourceHandle: z.string().nullable(), targetHandle: z.string().nullable(), data: z.record(z.string(), z.unknown()) })),
  franchise: z.object({ id: z.uuid() }).nullable(),
  delayedAutomationsCount: z.number().int(),
  isActive: z.boolean(),
  revision: z.number().int(),
  graphVersion: z.number().int(),
  runCount: z.number().int(),
  errorCount: z.number().int(),
  lastRunAt: z.string().nullable(),
  lastRunStatus: RunStatus.nullable(),
  webhook: z.object({ path: z.string(), secret: z.string() }).nullable(),
  ...Audit,
});
export type ConeAutomation = z.infer<typeof ConeAutomation>;

export function coneAutomation(a: AutomationView, ctx: Ctx): ConeAutomation {
  return {
    id: a.id,
    name: a.name,
    automationTrigger: a.automationTrigger,
    nodes: a.nodes as ConeAutomation["nodes"],
    edges: a.edges as ConeAutomation["edges"],
    franchise: ref(a.franchiseId),
    delayedAutomationsCount: a.stats.delayedCount,
    isActive: a.isActive,
    revision: a.revision,
    graphVersion: a.graphVersion,
    runCount: a.stats.runCount,
    errorCount: a.stats.errorCount,
    lastRunAt: iso(a.stats.lastRunAt),
    lastRunStatus: a.stats.lastRunStatus as ConeAutomation["lastRunStatus"],
    webhook: isManager(ctx) ? { path: `/api/automation/${a.id}/webhook`, secret: a.webhookSecret } : null,
    dateCreated: a.createdAt.toISOString(),
    createdBy: ref(a.createdBy),
    dateModified: iso(a.modifiedAt),
    modifiedBy: ref(a.modifiedBy),
    isDeleted: a.isDeleted,
    dateDeleted: iso(a.deletedAt),
    deletedBy: ref(a.deletedBy),
  };
}

export const AutomationRunStepJson = z.object({
  nodeId: z.string(),
  status: RunStatus,
  input: z.unknown(),
  output: z.unknown(),
  error: z.string().nullable(),
  attempt: z.number().int(),
  durationMs: z.number().int().nullable(),
  at: z.string(),
});

export const AutomationRunJson = z.object({
  id: z.uuid(),
  automationId: z.uuid(),
  status: RunStatus,
  record: z.object({ type: z.string(), id: z.uuid() }).nullable(),
  trigger: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  isTest: z.boolean(),
  rerunOf: z.uuid().nullable(),
  depth: z.number().int(),
  steps: z.array(AutomationRunStepJson),
});
export type AutomationRunJson = z.infer<typeof AutomationRunJson>;

const step = (s: AutomationRunStep) => ({
  nodeId: s.nodeId,
  status: s.status,
  input: s.input ?? null,
  output: s.output ?? null,
  error: s.error,
  attempt: s.attempt,
  durationMs: s.durationMs,
  at: s.at.toISOString(),
});

export function automationRun(r: RunView): AutomationRunJson {
  return {
    id: r.id,
    automationId: r.automationId,
    status: r.status,
    record: r.recordType && r.recordId ? { type: r.recordType, id: r.recordId } : null,
    trigger: typeof r.event.name === "string" ? r.event.name : null,
    startedAt: r.startedAt.toISOString(),
    finishedAt: iso(r.finishedAt),
    error: r.error,
    isTest: r.isTest,
    rerunOf: r.rerunOf,
    depth: r.depth,
    steps: r.steps.map(step),
  };
}

export const BuilderData = z.object({
  triggers: z.array(z.string()),
  actions: z.array(z.string()),
  conditions: z.array(z.string()),
  nodeTypes: z.array(z.string()),
  delayUnits: z.array(z.string()),
  taskTypes: z.array(z.string()),
  variables: z.record(z.string(), z.array(z.string())),
});
