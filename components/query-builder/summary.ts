import { formatList } from "@/components/format/list";
import type { Translator } from "@/components/i18n/catalog";
import type { FieldInfo } from "@/lib/query/types";
import type { queryBuilderMessages } from "./messages";

type T = Translator<(typeof queryBuilderMessages)["en"]>;
type Rule = { field?: string; operator?: string; value?: unknown };
type Group = { combinator?: string; not?: boolean; rules?: (Rule | Group)[] };

/** Message key of each operator. */
export const OPERATOR_KEYS: Record<string, Parameters<T>[0]> = {
  "=": "op_eq", "!=": "op_ne", ">": "op_gt", ">=": "op_ge", "<": "op_lt", "<=": "op_le",
  contains: "op_contains", doesNotContain: "op_doesNotContain", beginsWith: "op_beginsWith", doesNotBeginWith: "op_doesNotBeginWith",
  endsWith: "op_endsWith", doesNotEndWith: "op_doesNotEndWith", null: "op_null", notNull: "op_notNull",
  in: "op_in", notIn: "op_notIn", between: "op_between", notBetween: "op_notBetween",
};

/** Relative dates offered in the editor; the value stays in words (the compiler reads them), the label is translated. */
export const RELATIVE_DATES = [
  "today", "yesterday", "tomorrow", "this week", "last week", "next week", "last 7 days", "last 30 days",
  "next 7 days", "next 30 days", "this month", "last month", "next month", "this quarter", "last quarter", "this year", "last year",
] as const;

/** The message key of a relative date ("last 30 days" → rel_last_30_days), or null for anything else. */
export function relativeKey(v: unknown): Parameters<T>[0] | null {
  const s = String(v ?? "").trim().toLowerCase();
  return s === "now" || (RELATIVE_DATES as readonly string[]).includes(s) ? (`rel_${s.replace(/ /g, "_")}` as Parameters<T>[0]) : null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The values of a rule: a list for the operators that take several ("a, b" typed as text too), else the one value as it is. */
const MULTI = new Set(["in", "notIn", "between", "notBetween"]);
const list = (v: unknown, operator: string | undefined): unknown[] =>
  Array.isArray(v) ? v : typeof v === "string" && MULTI.has(operator ?? "") ? v.split(",").map((s) => s.trim()).filter(Boolean) : [v];

function valueText(field: FieldInfo | undefined, v: unknown, t: T, locale: string): string {
  if (field?.options) return field.options.find((o) => o.value === v)?.label ?? (v === "me" ? t("me") : String(v));
  if (field?.type === "boolean") return v === true || v === "true" ? t("yes") : t("no");
  if (field?.type === "date" || field?.type === "datetime") {
    const key = relativeKey(v);
    if (key) return t(key);
    const s = String(v ?? "");
    if (ISO_DAY.test(s)) return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${s}T00:00:00Z`));
    const d = new Date(s);
    if (s && !Number.isNaN(d.getTime())) return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(d);
    return s;
  }
  if (field?.type === "number" && v !== "" && Number.isFinite(Number(v))) return new Intl.NumberFormat(locale).format(Number(v));
  return String(v ?? "");
}

/**
 * The query in words: "Email ends with .com and (Stage is Negotiation or Amount greater than 10,000)".
 * `name` wraps each field label and value (e.g. `isolate`, when the summary sits inside another sentence).
 */
export function summarize(query: Group, fields: readonly FieldInfo[], t: T, locale: string, name: (text: string) => string = (x) => x): string {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const group = (g: Group, nested: boolean): string => {
    const parts = (g.rules ?? []).map((r) => ("rules" in r ? group(r as Group, true) : rule(r as Rule))).filter(Boolean);
    if (parts.length === 0) return nested ? "" : t("summaryAll");
    const joined = parts.join(` ${t(g.combinator === "or" ? "or" : "and")} `);
    if (g.not) return t("summaryNot", { inner: joined });
    return nested && parts.length > 1 ? `(${joined})` : joined;
  };
  const rule = (r: Rule): string => {
    const field = byName.get(r.field ?? "");
    const label = name(field?.label ?? r.field ?? "");
    const op = t(OPERATOR_KEYS[r.operator ?? ""] ?? "op_eq");
    if (r.operator === "null" || r.operator === "notNull") return `${label} ${op}`;
    const values = list(r.value, r.operator).map((v) => name(valueText(field, v, t, locale)));
    if (r.operator === "between" || r.operator === "notBetween") return `${label} ${op} ${t("summaryBetween", { a: values[0] ?? "", b: values[1] ?? "" })}`;
    // "is one of Won or Lost": the values are alternatives, joined the way the reader's language joins them.
    return `${label} ${op} ${formatList(values, locale, "disjunction")}`;
  };
  return group(query, false);
}
