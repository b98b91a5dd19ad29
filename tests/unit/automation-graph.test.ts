import { describe, expect, it } from "vitest";
import { builderData } from "@/lib/automation/catalog";
import { GraphEdges, GraphNodes, validateGraph, type Graph } from "@/lib/automation/graph";

const node = (id: string, type: string, data: Record<string, unknown>) => ({ id, type, position: { x: 0, y: 0 }, data });
const edge = (source: string, target: string, sourceHandle: string | null = null) => ({ id: `${source}-${target}`, source, target, sourceHandle, targetHandle: null });
const graph = (nodes: unknown[], edges: unknown[]): Graph => ({ nodes: GraphNodes.parse(nodes), edges: GraphEdges.parse(edges) });

const trigger = node("t", "trigger", { trigger: "deal.stage_changed", config: { toStageId: "s1" } });
const task = node("a", "action", { action: "create_task", config: { title: "Call {{deal.name}}", type: "CALL", dueInHours: 24, assignee: "owner" } });
const codes = (g: Graph) => validateGraph(g).map((i) => i.code);

describe("graph validation", () => {
  it("accepts trigger → condition → (true) task, (false) delay → note", () => {
    const g = graph(
      [
        trigger,
        node("c", "condition", { query: { combinator: "and", rules: [{ field: "amount", operator: ">", value: 10000 }] } }),
        task,
        node("d", "delay", { delay: { amount: 2, unit: "days" } }),
        node("n", "action", { action: "add_note", config: { note: "Still open" } }),
      ],
      [edge("t", "c"), edge("c", "a", "true"), edge("c", "d", "false"), edge("d", "n")],
    );
    expect(validateGraph(g)).toEqual([]);
  });

  it("strips canvas runtime fields and keeps only the stored shape", () => {
    const [n] = GraphNodes.parse([{ ...trigger, selected: true, measured: { width: 10 }, dragging: false }]);
    expect(Object.keys(n!).sort()).toEqual(["data", "id", "position", "type"]);
    const [e] = GraphEdges.parse([{ ...edge("t", "a"), animated: true, selected: true }]);
    expect(Object.keys(e!).sort()).toEqual(["data", "id", "source", "sourceHandle", "target", "targetHandle"]);
  });

  it("rejects unknown node types and malformed positions", () => {
    expect(GraphNodes.safeParse([node("x", "banana", {})]).success).toBe(false);
    expect(GraphNodes.safeParse([{ id: "x", type: "trigger", position: { x: "1", y: 0 }, data: {} }]).success).toBe(false);
  });

  it("needs exactly one trigger", () => {
    expect(codes(graph([task], []))).toContain("no_trigger");
    expect(codes(graph([trigger, { ...trigger, id: "t2" }, task], [edge("t", "a"), edge("t2", "a")]))).toContain("many_triggers");
  });

  it("finds dangling nodes and edges", () => {
    expect(codes(graph([trigger, task], []))).toEqual(["trigger_unconnected", "unreachable"]);
    const c = node("c", "condition", { query: { rules: [{ field: "amount", operator: ">", value: 1 }] } });
    expect(codes(graph([trigger, c], [edge("t", "c")]))).toEqual(["condition_no_branch"]);
    expect(codes(graph([trigger, task], [edge("t", "a"), edge("t", "ghost")]))).toContain("dangling_edge");
  });

  it("finds cycles", () => {
    const note = node("n", "action", { action: "add_note", config: { note: "x" } });
    const issues = validateGraph(graph([trigger, task, note], [edge("t", "a"), edge("a", "n"), edge("n", "a")]));
    expect(issues.map((i) => i.code)).toContain("cycle");
    expect(codes(graph([trigger, task], [edge("t", "a"), edge("a", "a")]))).toContain("self_loop");
  });

  it("requires condition branches to use the true/false handles", () => {
    const c = node("c", "condition", { query: { rules: [{ field: "amount", operator: ">", value: 1 }] } });
    expect(codes(graph([trigger, c, task], [edge("t", "c"), edge("c", "a")]))).toContain("bad_handle");
  });

  it.each([
    ["create_task without a title", { action: "create_task", config: { type: "CALL" } }, "nodes[1].data.config.title"],
    ["create_task with an unknown type", { action: "create_task", config: { title: "x", type: "FAX" } }, "nodes[1].data.config.type"],
    ["move_stage without a stage", { action: "move_stage", config: {} }, "nodes[1].data.config.stageId"],
    ["assign_owner round robin without users", { action: "assign_owner", config: { mode: "round_robin", userIds: [] } }, "nodes[1].data.config.userIds"],
    ["send_webhook with a bad URL", { action: "send_webhook", config: { url: "ftp://x" } }, "nodes[1].data.config.url"],
    ["send_email without a subject", { action: "send_email", config: { to: "a@b.c", body: "hi" } }, "nodes[1].data.config.subject"],
    ["update_record of an unknown field", { action: "update_record", config: { fields: { shoeSize: 42 } } }, "nodes[1].data.config.fields.shoeSize"],
    ["an unknown action", { action: "launch_rocket", config: {} }, "nodes[1].data.action"],
  ])("reports %s at its path", (_label, data, path) => {
    const issues = validateGraph(graph([trigger, node("a", "action", data)], [edge("t", "a")]));
    expect(issues.map((i) => i.path)).toContain(path);
  });

  it("checks delays, schedules and empty conditions", () => {
    expect(validateGraph(graph([trigger, node("d", "delay", { delay: { amount: 0, unit: "hours" } }), task], [edge("t", "d"), edge("d", "a")])).map((i) => i.path)).toContain("nodes[1].data.delay.amount");
    const sched = node("t", "trigger", { trigger: "schedule", config: { cron: "every tuesday" } });
    const email = node("a", "action", { action: "send_email", config: { to: "team@x.test", subject: "Weekly", body: "Hi" } });
    expect(validateGraph(graph([sched, email], [edge("t", "a")])).map((i) => i.path)).toContain("nodes[0].data.config.cron");
    const ok = node("t", "trigger", { trigger: "schedule", config: { cron: "0 9 * * 1-5" } });
    expect(validateGraph(graph([ok, email], [edge("t", "a")]))).toEqual([]);
    const empty = node("c", "condition", { query: { combinator: "and", rules: [] } });
    expect(validateGraph(graph([trigger, empty, task], [edge("t", "c"), edge("c", "a", "true")])).map((i) => i.path)).toContain("nodes[1].data.query");
  });

  it("refuses record actions under triggers without a record", () => {
    const sched = node("t", "trigger", { trigger: "schedule", config: { cron: "0 9 * * *" } });
    const issues = validateGraph(graph([sched, node("a", "action", { action: "move_stage", config: { stageId: "s" } })], [edge("t", "a")]));
    expect(issues).toContainEqual(expect.objectContaining({ code: "needs_record", params: { trigger: "schedule", action: "move_stage" }, nodeId: "a" }));
    const contact = node("t", "trigger", { trigger: "contact.created", config: {} });
    expect(codes(graph([contact, node("a", "action", { action: "move_stage", config: { stageId: "s" } })], [edge("t", "a")]))).toEqual(["deal_only"]);
  });

  it.each([
    ["a missing title", { action: "create_task", config: { type: "CALL" } }, { setting: "title", problem: "required" }],
    ["an empty title", { action: "create_task", config: { title: " " } }, { setting: "title", problem: "required" }],
    ["an unknown task type", { action: "create_task", config: { title: "x", type: "FAX" } }, { setting: "type", problem: "invalid_choice" }],
    ["a text as hours", { action: "create_task", config: { title: "x", dueInHours: "soon" } }, { setting: "dueInHours", problem: "wrong_type" }],
    ["too many days", { action: "create_task", config: { title: "x", dueInDays: 900 } }, { setting: "dueInDays", problem: "too_big", limit: 365 }],
    ["a bad URL", { action: "send_webhook", config: { url: "ftp://x" } }, { setting: "url", problem: "invalid_url" }],
    ["a short timeout", { action: "send_webhook", config: { url: "https://x.test", timeoutMs: 5 } }, { setting: "timeoutMs", problem: "too_small", limit: 100 }],
    ["no team", { action: "assign_owner", config: { mode: "round_robin", userIds: [] } }, { setting: "userIds", problem: "required" }],
  ])("gives %s a code and params the editor translates", (_label, data, params) => {
    const issues = validateGraph(graph([trigger, node("a", "action", data)], [edge("t", "a")]));
    expect(issues).toEqual([expect.objectContaining({ code: "invalid_setting", params, nodeId: "a" })]);
  });

  it("names unknown update_record fields and empty conditions by code", () => {
    const upd = node("a", "action", { action: "update_record", config: { fields: { shoeSize: 42 } } });
    expect(validateGraph(graph([trigger, upd], [edge("t", "a")]))).toEqual([expect.objectContaining({ code: "unknown_field", params: { field: "shoeSize", entity: "deal" } })]);
    const empty = node("c", "condition", { query: { combinator: "and", rules: [] } });
    expect(validateGraph(graph([trigger, empty, task], [edge("t", "c"), edge("c", "a", "true")]))).toEqual([expect.objectContaining({ code: "invalid_setting", params: { setting: "query", problem: "no_rules" } })]);
    const badCron = node("t", "trigger", { trigger: "schedule", config: { cron: "every tuesday" } });
    const email = node("a", "action", { action: "send_email", config: { to: "x@y.z", subject: "s", body: "b" } });
    expect(validateGraph(graph([badCron, email], [edge("t", "a")]))).toEqual([expect.objectContaining({ params: { setting: "cron", problem: "invalid_cron" } })]);
  });

  it("lists exactly the triggers, actions and condition operators of the issue", () => {
    const data = builderData();
    expect(data.triggers).toEqual(["deal.created", "deal.updated", "deal.stage_changed", "deal.won", "deal.lost", "contact.created", "contact.updated", "account.created", "task.created", "task.completed", "task.overdue", "schedule", "webhook"]);
    expect(data.actions).toEqual(["update_record", "move_stage", "assign_owner", "create_task", "add_note", "send_webhook", "send_email"]);
    expect(data.conditions).toContain("between");
  });
});
