import { CronExpressionParser } from "cron-parser";
import { z } from "zod";
import { ACTIONS, CONDITION_OPERATORS, DELAY_UNITS, NODE_TYPES, RECORD_ACTIONS, RECORD_FIELDS, TASK_TYPES, TRIGGERS, triggerRecordType } from "./catalog";

/**
 * The stored graph: @xyflow/react's shape cut down to what the engine needs. Runtime fields of the
 * canvas (`selected`, `measured`, `dragging`…) are stripped on save. No database or React imports here:
 * the editor validates live with the same code.
 */

const id = z.string().trim().min(1, "is required").max(100, "must be at most 100 characters");
const finite = z.number({ error: "must be a number" }).finite("must be a finite number");

export const GraphNode = z.object({
  id,
  type: z.enum(NODE_TYPES, { error: `must be one of ${NODE_TYPES.join(", ")}` }),
  position: z.object({ x: finite, y: finite }),
  data: z.record(z.string(), z.unknown(), { error: "must be an object" }).default({}),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id,
  source: id,
  target: id,
  sourceHandle: z.string().max(100, "must be at most 100 characters").nullish().transform((v) => v ?? null),
  targetHandle: z.string().max(100, "must be at most 100 characters").nullish().transform((v) => v ?? null),
  data: z.record(z.string(), z.unknown(), { error: "must be an object" }).nullish().transform((v) => v ?? {}),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const MAX_NODES = 100;
export const GraphNodes = z.array(GraphNode, { error: "must be an array of nodes" }).max(MAX_NODES, `must have at most ${MAX_NODES} nodes`);
export const GraphEdges = z.array(GraphEdge, { error: "must be an array of edges" }).max(MAX_NODES * 3, `must have at most ${MAX_NODES * 3} edges`);
export type Graph = { nodes: GraphNode[]; edges: GraphEdge[] };

// ---------------------------------------------------------------------------------------------------
// Node data, per type. These are the documented shapes (docs/automations.md).

const optionalId = z.string().trim().max(100).optional();
const template = (max: number) => z.string({ error: "is required" }).trim().min(1, "is required").max(max, `must be at most ${max} characters`);

const cron = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(100)
  .refine((v) => {
    try {
      CronExpressionParser.parse(v);
      return v.split(/\s+/).length >= 5;
    } catch {
      return false;
    }
  }, "is not a valid cron expression (minute hour day month weekday)");

export const TriggerData = z.object({
  trigger: z.enum(TRIGGERS, { error: `must be one of ${TRIGGERS.join(", ")}` }),
  config: z
    .object({
      fromStageId: optionalId,
      toStageId: optionalId,
      /** deal.updated / contact.updated: only when one of these fields changed. */
      fields: z.array(z.string().max(100)).max(50).optional(),
      cron: z.string().max(100).optional(),
      timezone: z.string().max(100).optional(),
    })
    .default({}),
});
export type TriggerData = z.infer<typeof TriggerData>;

const Rule: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.object({
      field: z.string().min(1, "is required").max(100),
      operator: z.enum(CONDITION_OPERATORS, { error: `must be one of ${CONDITION_OPERATORS.join(", ")}` }),
      value: z.unknown().optional(),
    }),
    RuleGroup,
  ]),
);
export const RuleGroup: z.ZodType<{ combinator?: string; not?: boolean; rules: unknown[] }> = z.object({
  combinator: z.enum(["and", "or"], { error: "must be and or or" }).default("and"),
  not: z.boolean().optional(),
  rules: z.array(Rule).max(50, "must have at most 50 rules"),
});
export const ConditionData = z.object({ query: RuleGroup.refine((q) => q.rules.length > 0, "needs at least one rule") });

const TaskConfig = z.object({
  title: template(255),
  type: z.enum(TASK_TYPES, { error: `must be one of ${TASK_TYPES.join(", ")}` }).default("FOLLOW_UP"),
  dueInHours: z.number({ error: "must be a number" }).min(0).max(24 * 365).optional(),
  dueInDays: z.number({ error: "must be a number" }).min(0).max(365).optional(),
  /** "owner" (the record's owner), or a user id. */
  assignee: z.string().trim().min(1, "is required").max(100).default("owner"),
  note: z.string().max(5000).optional(),
});

export const ACTION_CONFIGS = {
  update_record: z.object({
    fields: z
      .record(z.string().max(100), z.union([z.string().max(5000), z.number(), z.boolean(), z.null()]), { error: "must be an object of field: value" })
      .refine((f) => Object.keys(f).length > 0, "needs at least one field"),
  }),
  move_stage: z.object({ stageId: z.string({ error: "is required" }).trim().min(1, "is required") }),
  assign_owner: z.discriminatedUnion("mode", [
    z.object({ mode: z.literal("fixed"), userId: z.string({ error: "is required" }).trim().min(1, "is required") }),
    z.object({ mode: z.literal("round_robin"), userIds: z.array(z.string().min(1)).min(1, "needs at least one user").max(100) }),
  ], { error: "mode must be fixed or round_robin" }),
  create_task: TaskConfig,
  add_note: z.object({ note: template(5000) }),
  send_webhook: z.object({
    url: z
      .string({ error: "is required" })
      .trim()
      .max(2000)
      .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), "must be an http(s) URL"),
    headers: z.record(z.string().max(100), z.string().max(1000)).optional(),
    /** Sent as X-Rapport-Signature; defaults to the automation's webhook secret. */
    secret: z.string().max(200).optional(),
    timeoutMs: z.number().int().min(100).max(30_000).default(10_000),
    retries: z.number().int().min(0).max(10).default(3),
  }),
  send_email: z.object({ to: template(320), subject: template(255), body: template(20_000) }),
} as const;

export const ActionData = z.object({
  action: z.enum(ACTIONS, { error: `must be one of ${ACTIONS.join(", ")}` }),
  config: z.record(z.string(), z.unknown()).default({}),
});

export const DelayData = z.object({
  delay: z.union([
    z.object({ amount: z.number({ error: "must be a number" }).positive("must be more than 0").max(100_000), unit: z.enum(DELAY_UNITS, { error: "must be minutes, hours or days" }) }),
    z.object({ untilField: z.string().min(1).max(100), offsetHours: z.number().min(-8760).max(8760).optional() }),
  ], { error: "needs {amount, unit} or {untilField}" }),
});

// ---------------------------------------------------------------------------------------------------
// Validation of a whole graph: what activation requires. Each problem names where it is.

/**
 * One problem of a graph. `message` is the English text the API returns; `code` + `params` let the
 * editor say the same in the reader's language (components/automations/issue-text.ts).
 */
export type GraphIssue = { code: GraphIssueCode; message: string; params?: Record<string, string | number>; nodeId?: string; edgeId?: string; path: string };

export const GRAPH_ISSUE_CODES = [
  "duplicate_id",
  "no_trigger",
  "many_triggers",
  "dangling_edge",
  "self_loop",
  "bad_handle",
  "into_trigger",
  "trigger_unconnected",
  "unreachable",
  "cycle",
  "condition_no_branch",
  "needs_record",
  "deal_only",
  "invalid_setting",
  "unknown_field",
  "unknown_stage",
  "unknown_user",
  "invalid_condition",
  "unknown_date_field",
] as const;
export type GraphIssueCode = (typeof GRAPH_ISSUE_CODES)[number];

/** What is wrong with a setting, in words the editor translates. */
export const SETTING_PROBLEMS = ["required", "wrong_type", "too_small", "too_big", "invalid_choice", "invalid_cron", "invalid_url", "no_rules", "invalid"] as const;
export type SettingProblem = (typeof SETTING_PROBLEMS)[number];

function settingProblem(issue: z.core.$ZodIssue, value: unknown): { problem: SettingProblem; limit?: number } {
  switch (issue.code) {
    case "invalid_type":
      return { problem: value === undefined || value === null ? "required" : "wrong_type" };
    case "too_small": {
      const min = Number(issue.minimum);
      if ((issue.origin === "string" || issue.origin === "array") && min <= 1) return { problem: issue.origin === "array" && issue.path.at(-1) === "rules" ? "no_rules" : "required" };
      return { problem: "too_small", limit: min };
    }
    case "too_big":
      return { problem: "too_big", limit: Number(issue.maximum) };
    case "invalid_value":
    case "invalid_union":
      return { problem: issue.message.startsWith("needs {amount") ? "required" : "invalid_choice" };
    case "custom":
      if (issue.message.includes("cron")) return { problem: "invalid_cron" };
      if (issue.message.includes("URL")) return { problem: "invalid_url" };
      if (issue.message.includes("rule")) return { problem: "no_rules" };
      if (issue.message.startsWith("needs at least one")) return { problem: "required" };
      return { problem: "invalid" };
    default:
      return { problem: "invalid" };
  }
}

const valueAt = (root: unknown, path: PropertyKey[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), root);

function zodIssues(result: z.ZodSafeParseResult<unknown>, input: unknown, path: string, nodeId: string, out: GraphIssue[]) {
  if (result.success) return;
  for (const issue of result.error.issues) {
    const sub = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
    const setting = [...path.split("."), ...issue.path.map(String)].filter((k) => !/^(data|config|nodes\[\d+\]|\d+)$/.test(k)).at(-1) ?? "data";
    const { problem, limit } = settingProblem(issue, valueAt(input, issue.path));
    out.push({ code: "invalid_setting", message: `${path}${sub}: ${issue.message}`, params: { setting, problem, ...(limit !== undefined && Number.isFinite(limit) ? { limit } : {}) }, nodeId, path: `${path}${sub}` });
  }
}

/** The parsed trigger of a graph, or null when there is not exactly one valid trigger node. */
export function graphTrigger(graph: Graph): TriggerData | null {
  const triggers = graph.nodes.filter((n) => n.type === "trigger");
  if (triggers.length !== 1) return null;
  const parsed = TriggerData.safeParse(triggers[0]!.data);
  return parsed.success ? parsed.data : null;
}

/** Every reason the graph cannot run: one trigger, no dangling nodes, no cycles, required settings present. */
export function validateGraph(graph: Graph): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const seen = new Set<string>();
  graph.nodes.forEach((n, i) => {
    if (seen.has(n.id)) issues.push({ code: "duplicate_id", message: `nodes[${i}].id: "${n.id}" is used twice`, params: { id: n.id }, nodeId: n.id, path: `nodes[${i}].id` });
    seen.add(n.id);
  });

  const triggers = graph.nodes.filter((n) => n.type === "trigger");
  if (triggers.length === 0) issues.push({ code: "no_trigger", message: "nodes: the automation needs a trigger", path: "nodes" });
  for (const extra of triggers.slice(1)) {
    issues.push({ code: "many_triggers", message: `nodes[${index.get(extra.id)}]: only one trigger is allowed`, nodeId: extra.id, path: `nodes[${index.get(extra.id)}]` });
  }
  const trigger = graphTrigger(graph);
  const recordType = trigger ? triggerRecordType(trigger.trigger) : null;

  // Edges: both ends exist; condition edges leave by "true" or "false".
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, number>();
  graph.edges.forEach((e, i) => {
    const path = `edges[${i}]`;
    const src = graph.nodes[index.get(e.source) ?? -1];
    if (!src) issues.push({ code: "dangling_edge", message: `${path}.source: no node "${e.source}"`, params: { id: e.source }, edgeId: e.id, path: `${path}.source` });
    if (!index.has(e.target)) issues.push({ code: "dangling_edge", message: `${path}.target: no node "${e.target}"`, params: { id: e.target }, edgeId: e.id, path: `${path}.target` });
    if (e.source === e.target) issues.push({ code: "self_loop", message: `${path}: a node cannot connect to itself`, edgeId: e.id, nodeId: e.source, path });
    if (src?.type === "condition" && e.sourceHandle !== "true" && e.sourceHandle !== "false") {
      issues.push({ code: "bad_handle", message: `${path}.sourceHandle: edges from a condition leave by "true" or "false"`, edgeId: e.id, nodeId: e.source, path: `${path}.sourceHandle` });
    }
    if (graph.nodes[index.get(e.target) ?? -1]?.type === "trigger") {
      issues.push({ code: "into_trigger", message: `${path}.target: nothing may lead into the trigger`, edgeId: e.id, nodeId: e.target, path: `${path}.target` });
    }
    outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);
    incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
  });

  // Dangling nodes: every node is reachable from the trigger; the trigger leads somewhere.
  const reachable = new Set<string>();
  const start = triggers[0];
  if (start) {
    const stack = [start.id];
    while (stack.length) {
      const idNow = stack.pop()!;
      if (reachable.has(idNow)) continue;
      reachable.add(idNow);
      for (const e of outgoing.get(idNow) ?? []) if (index.has(e.target)) stack.push(e.target);
    }
    if (!(outgoing.get(start.id)?.length)) issues.push({ code: "trigger_unconnected", message: `nodes[${index.get(start.id)}]: the trigger is not connected to any step`, nodeId: start.id, path: `nodes[${index.get(start.id)}]` });
  }
  graph.nodes.forEach((n, i) => {
    if (n.type !== "trigger" && start && !reachable.has(n.id)) {
      issues.push({ code: "unreachable", message: `nodes[${i}]: this step is not connected to the trigger`, nodeId: n.id, path: `nodes[${i}]` });
    }
  });

  // Cycles (depth-first search with colours).
  const colour = new Map<string, 1 | 2>();
  const visit = (nodeId: string): boolean => {
    colour.set(nodeId, 1);
    for (const e of outgoing.get(nodeId) ?? []) {
      const c = colour.get(e.target);
      if (c === 1) {
        issues.push({ code: "cycle", message: `edges: the graph loops back to node "${e.target}"`, edgeId: e.id, nodeId: e.target, path: "edges" });
        return true;
      }
      if (c === undefined && index.has(e.target) && visit(e.target)) return true;
    }
    colour.set(nodeId, 2);
    return false;
  };
  for (const n of graph.nodes) if (!colour.has(n.id) && visit(n.id)) break;

  // Required settings of each node.
  graph.nodes.forEach((n, i) => {
    const path = `nodes[${i}].data`;
    if (n.type === "trigger") {
      const parsed = TriggerData.safeParse(n.data);
      zodIssues(parsed, n.data, path, n.id, issues);
      if (parsed.success && parsed.data.trigger === "schedule") zodIssues(cron.safeParse(parsed.data.config.cron), parsed.data.config.cron, `${path}.config.cron`, n.id, issues);
    } else if (n.type === "condition") {
      zodIssues(ConditionData.safeParse(n.data), n.data, path, n.id, issues);
      const outs = outgoing.get(n.id) ?? [];
      if (outs.length === 0) issues.push({ code: "condition_no_branch", message: `nodes[${i}]: a condition needs a "true" or "false" branch`, nodeId: n.id, path: `nodes[${i}]` });
      if (!recordType && trigger) issues.push({ code: "needs_record", message: `nodes[${i}]: conditions need a trigger with a record (not ${trigger.trigger})`, params: { trigger: trigger.trigger }, nodeId: n.id, path: `nodes[${i}]` });
    } else if (n.type === "action") {
      const parsed = ActionData.safeParse(n.data);
      zodIssues(parsed, n.data, path, n.id, issues);
      if (!parsed.success) return;
      const { action, config } = parsed.data;
      zodIssues(ACTION_CONFIGS[action].safeParse(config), config, `${path}.config`, n.id, issues);
      if (trigger && RECORD_ACTIONS.includes(action) && !recordType) {
        issues.push({ code: "needs_record", message: `${path}.action: ${action} needs a trigger with a record (not ${trigger.trigger})`, params: { trigger: trigger.trigger, action }, nodeId: n.id, path: `${path}.action` });
      }
      if (trigger && action === "move_stage" && recordType && recordType !== "deal") {
        issues.push({ code: "deal_only", message: `${path}.action: move_stage works on deals only`, nodeId: n.id, path: `${path}.action` });
      }
      if (action === "update_record" && recordType && config.fields && typeof config.fields === "object") {
        for (const field of Object.keys(config.fields as object)) {
          if (!field.startsWith("custom.") && !(field in RECORD_FIELDS[recordType])) {
            issues.push({ code: "unknown_field", message: `${path}.config.fields.${field}: not a writable ${recordType} field`, params: { field, entity: recordType }, nodeId: n.id, path: `${path}.config.fields.${field}` });
          }
        }
      }
    } else if (n.type === "delay") {
      const parsed = DelayData.safeParse(n.data);
      zodIssues(parsed, n.data, path, n.id, issues);
      if (parsed.success && "untilField" in parsed.data.delay && trigger && !recordType) {
        issues.push({ code: "needs_record", message: `${path}.delay.untilField: waiting for a date field needs a trigger with a record (not ${trigger.trigger})`, params: { trigger: trigger.trigger }, nodeId: n.id, path: `${path}.delay.untilField` });
      }
    }
  });
  return issues;
}

/** The node data an empty node of each kind starts with in the editor. */
export function defaultNodeData(type: GraphNode["type"], variant?: string): Record<string, unknown> {
  switch (type) {
    case "trigger":
      return { trigger: variant ?? "deal.stage_changed", config: {} };
    case "condition":
      return { query: { combinator: "and", rules: [] } };
    case "action":
      return { action: variant ?? "create_task", config: {} };
    case "delay":
      return { delay: { amount: 1, unit: "hours" } };
  }
}
