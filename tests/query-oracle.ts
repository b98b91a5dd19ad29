import { parseDateValue } from "@/lib/query/dates";
import type { FieldType } from "@/lib/query";

/**
 * An in-memory evaluation of react-querybuilder queries, written from the documented semantics
 * (docs/query.md), independently of the SQL compiler: case-insensitive text, negative operators match
 * missing values, "empty" text is null or "", dates compare by UTC day or instant, NOT is two-valued.
 */
export type Row = Record<string, unknown>;
type Rule = { field: string; operator: string; value?: unknown };
type Group = { combinator: string; not?: boolean; rules: (Rule | Group)[] };

const NEG: Record<string, string> = { "!=": "=", doesNotContain: "contains", doesNotBeginWith: "beginsWith", doesNotEndWith: "endsWith", notIn: "in", notBetween: "between" };
const listOf = (v: unknown) => (Array.isArray(v) ? v : String(v).split(",").map((s) => s.trim()));

function present(type: FieldType, v: unknown): boolean {
  if (v === null || v === undefined) return false;
  return type === "string" ? v !== "" : true;
}

function cmpDate(type: FieldType, v: unknown, op: string, raw: unknown, now: Date): boolean {
  const bound = parseDateValue(raw, type === "date" ? "date" : "datetime", now)!;
  const key = (x: string) => (type === "date" ? x : new Date(x).getTime());
  const val = key(v as string);
  const start = key(bound.start);
  const end = key(bound.end);
  const lower = val >= start;
  const upper = bound.point ? val <= start : val < end;
  switch (op) {
    case "=":
      return lower && upper;
    case ">":
      return !upper;
    case ">=":
      return lower;
    case "<":
      return val < start;
    case "<=":
      return upper;
  }
  throw new Error(op);
}

function positive(type: FieldType, v: unknown, op: string, value: unknown, now: Date): boolean {
  if (!present(type, v)) return false;
  if (type === "string") {
    const s = String(v).toLowerCase();
    const x = String(value).toLowerCase();
    if (op === "=") return s === x;
    if (op === "contains") return s.includes(x);
    if (op === "beginsWith") return s.startsWith(x);
    if (op === "endsWith") return s.endsWith(x);
    if (op === "in") return listOf(value).some((i) => String(i).toLowerCase() === s);
  }
  if (type === "date" || type === "datetime") {
    if (op === "between") {
      const [a, b] = listOf(value);
      return cmpDate(type, v, ">=", a, now) && cmpDate(type, v, "<=", b, now);
    }
    return cmpDate(type, v, op, value, now);
  }
  if (type === "number") {
    const n = Number(v);
    if (op === "in") return listOf(value).some((i) => Number(i) === n);
    if (op === "between") {
      const [a, b] = listOf(value).map(Number).sort((p, q) => p - q);
      return n >= a! && n <= b!;
    }
    const x = Number(value);
    return op === "=" ? n === x : op === ">" ? n > x : op === ">=" ? n >= x : op === "<" ? n < x : n <= x;
  }
  if (type === "boolean") return v === (value === true || value === "true");
  if (type === "enum") return op === "in" ? listOf(value).includes(v) : v === value;
  throw new Error(`${type} ${op}`);
}

export function evaluate(group: Group, row: Row, types: Record<string, FieldType>, now: Date): boolean {
  const results = group.rules.map((r) => {
    if ("rules" in r) return evaluate(r, row, types, now);
    const type = types[r.field]!;
    const v = row[r.field];
    if (r.operator === "null") return !present(type, v);
    if (r.operator === "notNull") return present(type, v);
    if (NEG[r.operator]) return !positive(type, v, NEG[r.operator]!, r.value, now);
    return positive(type, v, r.operator, r.value, now);
  });
  const nonEmpty = group.rules.length > 0;
  const combined = !nonEmpty ? true : group.combinator === "or" ? results.some(Boolean) : results.every(Boolean);
  return nonEmpty && group.not ? !combined : combined;
}
