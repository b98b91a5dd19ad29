import type { ConditionOperator } from "./catalog";

/**
 * Whether a record satisfies a condition node's react-querybuilder query. This is the one place the
 * engine evaluates conditions: it evaluates the rule group against the record loaded in the step's
 * transaction, with the operators of the saved-filter builder (numbers compare as numbers, text
 * case-insensitively, dates by time).
 */
type Rule = { field: string; operator: ConditionOperator; value?: unknown };
type Group = { combinator?: string; not?: boolean; rules: (Rule | Group)[] };

const isGroup = (r: Rule | Group): r is Group => Array.isArray((r as Group).rules);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : typeof v === "string" ? v.split(",").map((s) => s.trim()) : [v]);
const empty = (v: unknown) => v === null || v === undefined || v === "";

function comparable(a: unknown, b: unknown): [number | string, number | string] {
  const na = typeof a === "number" ? a : typeof a === "string" && a.trim() !== "" && !Number.isNaN(Number(a)) ? Number(a) : NaN;
  const nb = typeof b === "number" ? b : typeof b === "string" && b.trim() !== "" && !Number.isNaN(Number(b)) ? Number(b) : NaN;
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return [na, nb];
  const da = a instanceof Date ? a.getTime() : typeof a === "string" && /^\d{4}-\d{2}-\d{2}/.test(a) ? Date.parse(a) : NaN;
  const db = b instanceof Date ? b.getTime() : typeof b === "string" && /^\d{4}-\d{2}-\d{2}/.test(b) ? Date.parse(b) : NaN;
  if (!Number.isNaN(da) && !Number.isNaN(db)) return [da, db];
  return [String(a ?? "").toLowerCase(), String(b ?? "").toLowerCase()];
}

function rule(r: Rule, fields: Record<string, unknown>): boolean {
  const actual = fields[r.field];
  const text = String(actual ?? "").toLowerCase();
  const want = String(r.value ?? "").toLowerCase();
  switch (r.operator) {
    case "null":
      return empty(actual);
    case "notNull":
      return !empty(actual);
    case "contains":
      return text.includes(want);
    case "doesNotContain":
      return !text.includes(want);
    case "beginsWith":
      return text.startsWith(want);
    case "doesNotBeginWith":
      return !text.startsWith(want);
    case "endsWith":
      return text.endsWith(want);
    case "doesNotEndWith":
      return !text.endsWith(want);
    case "in":
      return list(r.value).some((v) => comparable(actual, v)[0] === comparable(actual, v)[1]);
    case "notIn":
      return !list(r.value).some((v) => comparable(actual, v)[0] === comparable(actual, v)[1]);
    case "between":
    case "notBetween": {
      const [lo, hi] = list(r.value);
      if (empty(actual)) return r.operator === "notBetween";
      const [a1, l] = comparable(actual, lo);
      const [a2, h] = comparable(actual, hi);
      const inside = a1 >= l && a2 <= h;
      return r.operator === "between" ? inside : !inside;
    }
    default: {
      if (empty(actual) && r.operator !== "!=") return r.operator === "=" && empty(r.value);
      const [a, b] = comparable(actual, r.value);
      if (r.operator === "=") return a === b;
      if (r.operator === "!=") return a !== b;
      if (r.operator === "<") return a < b;
      if (r.operator === "<=") return a <= b;
      if (r.operator === ">") return a > b;
      return a >= b;
    }
  }
}

export function matchesCondition(query: Group, fields: Record<string, unknown>): boolean {
  const results = query.rules.map((r) => (isGroup(r) ? matchesCondition(r, fields) : rule(r, fields)));
  const value = query.combinator === "or" ? results.some(Boolean) : results.every(Boolean);
  return query.not ? !value : value;
}
