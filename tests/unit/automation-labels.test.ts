import { describe, expect, it } from "vitest";
import { bidiParts } from "@/components/format/bidi";
import { translator } from "@/components/i18n/catalog";
import { issueText, nodeLabel } from "@/components/automations/labels";
import { automationMessages } from "@/components/automations/messages";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import type { FieldInfo } from "@/lib/query/types";
import { ACTIONS, DELAY_UNITS, TRIGGERS } from "@/lib/automation/catalog";
import { GRAPH_ISSUE_CODES, GraphEdges, GraphNodes, SETTING_PROBLEMS, validateGraph, type Graph } from "@/lib/automation/graph";

const LOCALES = ["en", "fr", "ar"] as const;
/** The sentence as read, without its bidi isolation marks. */
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, "");
const node = (id: string, type: string, data: Record<string, unknown>) => ({ id, type, position: { x: 0, y: 0 }, data });
const graph = (nodes: unknown[], edges: unknown[]): Graph => ({ nodes: GraphNodes.parse(nodes), edges: GraphEdges.parse(edges) });

describe("automation editor labels", () => {
  it.each(LOCALES)("has a %s text for every trigger, action, delay unit, issue code and setting problem", (locale) => {
    const messages = automationMessages[locale] as Record<string, string>;
    const keys = [
      ...TRIGGERS.map((x) => `trigger.${x}`),
      ...ACTIONS.map((x) => `action.${x}`),
      ...DELAY_UNITS,
      ...GRAPH_ISSUE_CODES.map((c) => `issue.${c}`),
      ...SETTING_PROBLEMS.map((p) => `problem.${p}`),
    ];
    expect(keys.filter((k) => !messages[k])).toEqual([]);
  });

  it("says what a problem is and where, in the reader's language", () => {
    const g = graph(
      [node("t", "trigger", { trigger: "deal.stage_changed", config: {} }), node("a", "action", { action: "create_task", config: { type: "CALL" } }), node("d", "delay", { delay: { amount: 2, unit: "days" } })],
      [{ id: "e", source: "t", target: "a" }],
    );
    const issues = validateGraph(g);
    const en = issues.map((i) => issueText(i, g.nodes, translator(automationMessages, "en")));
    expect(en).toEqual(["Delay · 2 days: this step is not connected to the trigger", "Action · Create a task: Task title: required"]);
    const fr = issues.map((i) => issueText(i, g.nodes, translator(automationMessages, "fr")));
    expect(fr).toEqual(["Délai · 2 jours: cette étape n’est pas reliée au déclencheur", "Action · Créer une tâche: Titre de la tâche : obligatoire"]);
    const ar = issues.map((i) => issueText(i, g.nodes, translator(automationMessages, "ar")));
    expect(ar[1]).toContain("مطلوب");
    expect(ar.join(" ")).not.toMatch(/required|not connected/);
  });

  it("labels steps by what they do, not by their ids", () => {
    const t = translator(automationMessages, "fr");
    expect(nodeLabel({ type: "trigger", data: { trigger: "deal.won" } }, t)).toBe("Déclencheur · Une affaire est gagnée");
    expect(nodeLabel({ type: "action", data: { action: "send_email", config: {} } }, t)).toBe("Action · Envoyer un e-mail");
    expect(nodeLabel({ type: "condition", data: { query: { rules: [{}, {}] } } }, t)).toBe("Condition · 2 règles");
  });

  it("with the record's fields, says a condition as its query and a delay by its date field (canvas and run history alike)", () => {
    const fields = [
      { name: "amount", label: "Amount", type: "number" },
      { name: "expectedCloseDate", label: "Expected close date", type: "date" },
    ] as FieldInfo[];
    const condition = { type: "condition", data: { query: { combinator: "and", rules: [{ field: "amount", operator: ">", value: 10000 }] } } };
    const delay = { type: "delay", data: { delay: { untilField: "expectedCloseDate", offsetHours: -24 } } };
    const en = { fields, tq: translator(queryBuilderMessages, "en"), locale: "en" };
    expect(plain(nodeLabel(condition, translator(automationMessages, "en"), en))).toBe("Condition · Amount greater than 10,000");
    expect(plain(nodeLabel(delay, translator(automationMessages, "en"), en))).toBe("Delay · until Expected close date − 24 h");
    const fr = { fields, tq: translator(queryBuilderMessages, "fr"), locale: "fr" };
    expect(plain(nodeLabel(condition, translator(automationMessages, "fr"), fr))).toMatch(/^Condition · Amount .+ 10\u202f000$/);
    expect(plain(nodeLabel({ type: "delay", data: { delay: { untilField: "expectedCloseDate" } } }, translator(automationMessages, "fr"), fr))).toBe("Délai · jusqu’à Expected close date");
    // Without the fields (a record type unknown), the count of rules as before.
    expect(nodeLabel(condition, translator(automationMessages, "en"))).toBe("Condition · 1 rule");
  });

  it("isolates the names users typed inside translated sentences, so that each keeps its own direction", () => {
    const ar = translator(automationMessages, "ar");
    const fields = [{ name: "stageId", label: "Stage", type: "string", options: [{ value: "s1", label: "Negotiation" }] }] as FieldInfo[];
    const words = { fields, tq: translator(queryBuilderMessages, "ar"), locale: "ar" };
    const action = node("a", "action", { action: "create_task", config: { title: "Call Acme" } });
    expect(nodeLabel(action, ar)).toBe(`${ar("node.action")} · ${ar("action.create_task")}: \u2068Call Acme\u2069`);
    const condition = { type: "condition", data: { query: { combinator: "and", rules: [{ field: "stageId", operator: "=", value: "s1" }] } } };
    expect(nodeLabel(condition, ar, words)).toBe(`${ar("node.condition")} · \u2068Stage\u2069 ${translator(queryBuilderMessages, "ar")("op_eq")} \u2068Negotiation\u2069`);
    // A problem names its step (the typed title isolated) and a duplicate step id isolated too.
    const g = graph([node("t", "trigger", { trigger: "deal.stage_changed", config: {} }), action], [{ id: "e", source: "t", target: "a" }]);
    const issue = { code: "duplicate_id", path: "nodes[1]", message: "two steps share the id “a”", params: { id: "a-1" }, nodeId: "a" } as const;
    const text = issueText(issue, g.nodes, ar);
    expect(text).toContain("\u2068Call Acme\u2069");
    expect(text).toContain("\u2068a-1\u2069");
    expect(bidiParts(text).filter((p) => typeof p !== "string")).toEqual([{ isolated: "Call Acme" }, { isolated: "a-1" }]);
    // Without user text, nothing is isolated.
    expect(nodeLabel({ type: "trigger", data: { trigger: "deal.won" } }, ar)).not.toMatch(/[\u2068\u2069]/);
  });

  it("splits a sentence into its text and its isolated names (nested ones kept inside)", () => {
    expect(bidiParts("a \u2068B\u2069 c")).toEqual(["a ", { isolated: "B" }, " c"]);
    expect(bidiParts("\u2068x \u2068y\u2069\u2069!")).toEqual([{ isolated: "x \u2068y\u2069" }, "!"]);
    expect(bidiParts("open \u2068end")).toEqual(["open ", { isolated: "end" }]);
    expect(bidiParts("no marks")).toEqual(["no marks"]);
  });
});
