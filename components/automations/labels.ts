import { isolate } from "@/components/format/bidi";
import type { Translator } from "@/components/i18n/catalog";
import type { queryBuilderMessages } from "@/components/query-builder/messages";
import { summarize } from "@/components/query-builder/summary";
import { registryFieldName } from "@/lib/automation/catalog";
import type { Graph, GraphIssue } from "@/lib/automation/graph";
import type { FieldInfo } from "@/lib/query/types";
import type { automationMessages } from "./messages";

/** The editor's translator (the automation catalog's keys). */
export type AutomationT = Translator<(typeof automationMessages)["en"]>;
type Key = Parameters<AutomationT>[0];

/** A catalog key built at run time; falls back to the raw text when the catalog lacks it. */
function tr(t: AutomationT, key: string, raw: string, vars?: Record<string, string | number>): string {
  const text = t(key as Key, vars);
  return text === key ? raw : text;
}

/**
 * A record field's label in the reader's language, from the (translated) query registry: columns and
 * `config.fields` names map to the registry's (`ownerId` → Owner, `endAt` → Due); the raw name only if the registry lacks it.
 */
export function recordFieldLabel(name: string, described: readonly Pick<FieldInfo, "name" | "label">[]): string {
  const registryName = registryFieldName(name);
  return described.find((f) => f.name === registryName)?.label ?? name;
}

export const triggerLabel = (t: AutomationT, trigger: string) => tr(t, `trigger.${trigger}`, trigger);
export const actionLabel = (t: AutomationT, action: string) => tr(t, `action.${action}`, action);

/** The label of a setting, as the side panel names it (`title` → "Task title"). */
const SETTING_KEYS: Record<string, Key> = {
  trigger: "trigger",
  action: "action",
  title: "taskTitle",
  type: "taskType",
  dueInHours: "dueIn",
  dueInDays: "dueIn",
  assignee: "assignee",
  stageId: "stage",
  fromStageId: "fromStage",
  toStageId: "toStage",
  mode: "mode",
  userId: "user",
  userIds: "team",
  note: "note",
  url: "url",
  retries: "retries",
  timeoutMs: "timeoutMs",
  to: "emailTo",
  subject: "emailSubject",
  body: "emailBody",
  fields: "fields",
  query: "query",
  rules: "query",
  amount: "amount",
  unit: "unit",
  delay: "amount",
  untilField: "delayField",
  offsetHours: "delayOffset",
  cron: "cron",
  timezone: "timezone",
  secret: "secret",
};
export function settingLabel(t: AutomationT, setting: string): string {
  const key = SETTING_KEYS[setting];
  return key ? t(key) : setting;
}

type NodeLike = { type?: string; data: Record<string, unknown> };

/**
 * What makes a step readable beyond its own data: the trigger's record fields (the query registry, as
 * the condition builder receives them) with the query builder's translator and the locale, so that a
 * condition reads as its query in words and a delay names its date field by its label.
 */
export type StepWords = { fields: readonly FieldInfo[]; tq: Translator<(typeof queryBuilderMessages)["en"]>; locale: string };

/** A delay's offset in words ("9 h after", "24 h before"); empty without one. */
function offsetText(t: AutomationT, hours: unknown): string {
  if (typeof hours !== "number" || !hours) return "";
  return t(hours > 0 ? "delayOffsetAfter" : "delayOffsetBefore", { hours: Math.abs(hours) });
}

/** One line that says what a step does, in the reader's language. */
export function nodeSummary(node: NodeLike, t: AutomationT, words?: StepWords): string {
  const d = node.data;
  if (node.type === "trigger") return d.trigger ? triggerLabel(t, String(d.trigger)) : "";
  if (node.type === "action") {
    const title = (d.config as { title?: unknown } | undefined)?.title;
    return (d.action ? actionLabel(t, String(d.action)) : "") + (typeof title === "string" && title ? `: ${isolate(title)}` : "");
  }
  if (node.type === "delay") {
    const delay = d.delay as { amount?: number; unit?: string; untilField?: string; offsetHours?: number } | undefined;
    if (delay?.untilField) {
      const field = isolate(words?.fields.find((f) => f.name === delay.untilField)?.label ?? delay.untilField);
      return [t("delayUntilSummary", { field }), offsetText(t, delay.offsetHours)].filter(Boolean).join(" ");
    }
    return delay?.amount ? `${delay.amount} ${tr(t, String(delay.unit), String(delay.unit ?? ""))}` : "";
  }
  // A condition reads as its query in words ("Amount greater than 10,000"), as on the filters page.
  if (words?.fields.length && d.query) return summarize(d.query as Parameters<typeof summarize>[0], words.fields, words.tq, words.locale, isolate);
  return t("rules", { count: ((d.query as { rules?: unknown[] })?.rules ?? []).length });
}

/** "Action · Create a task: Call {{deal.name}}" — the step a problem or a run step concerns. */
export function nodeLabel(node: NodeLike, t: AutomationT, words?: StepWords): string {
  const kind = tr(t, `node.${node.type}`, String(node.type));
  const what = nodeSummary(node, t, words);
  return what ? `${kind} · ${what}` : kind;
}

/** The setting a graph path names (`nodes[1].data.config.title` → `title`). */
export function settingOf(path: string): string | null {
  const parts = path.split(/[.[\]]+/).filter((p) => p && !/^\d+$/.test(p) && !["nodes", "edges", "data", "config"].includes(p));
  return parts.at(-1) ?? null;
}

/** A graph problem in the reader's language, prefixed with the step it concerns. */
export function issueText(issue: GraphIssue, nodes: Graph["nodes"], t: AutomationT, words?: StepWords): string {
  const params = issue.params ?? {};
  const setting = String(params.setting ?? settingOf(issue.path) ?? "");
  const vars: Record<string, string | number> = { ...params, setting: settingLabel(t, setting), detail: isolate(String(params.detail ?? issue.message.slice(issue.message.indexOf(": ") + 2))) };
  // Names typed by users (a step's id, a field's name) keep their own direction inside the sentence.
  for (const key of ["id", "field", "name", "stage"]) if (typeof vars[key] === "string") vars[key] = isolate(vars[key]);
  if (issue.code === "invalid_setting") {
    vars.problem = tr(t, `problem.${String(params.problem ?? "invalid")}`, String(params.problem ?? ""), params);
  }
  if (issue.code === "needs_record" && params.trigger) vars.trigger = triggerLabel(t, String(params.trigger));
  const text = tr(t, `issue.${issue.code}`, issue.message, vars);
  const index = /^nodes\[(\d+)\]/.exec(issue.path)?.[1];
  const node = index !== undefined ? nodes[Number(index)] : nodes.find((n) => n.id === issue.nodeId);
  return node ? `${nodeLabel(node, t, words)}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}
