import type { Ctx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { parseDateValue } from "./dates";
import { LIST_VALUE, NO_VALUE, PAIR_VALUE } from "./operators";
import { operators, type DateBound, type FieldDef, type NormalizedGroup, type NormalizedRule, type Operator, type RawGroup, type RawRule } from "./types";

/** Limits that keep a query cheap to validate and to run. */
export const LIMITS = { depth: 6, nodes: 200, listValues: 500, textLength: 500, jsonLength: 100_000 } as const;

class QueryError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (path: string, message: string): never => {
  throw new QueryError(path, message);
};

const OPERATOR_BY_KEY = new Map<string, Operator>([...operators.map((o) => [o.toLowerCase(), o] as const), ["==", "="], ["<>", "!="], ["isnull", "null"], ["isnotnull", "notNull"]]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Splits a list value: an array, or document 003's string form "a,b,c". */
function asList(value: unknown, path: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (typeof value === "number") return [value];
  return fail(path, "must be a list of values (an array, or a comma-separated string)");
}

function text(value: unknown, path: string): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") fail(path, "must be a string");
  const s = (value as string).trim();
  if (s === "") fail(path, "is required");
  if (s.length > LIMITS.textLength) fail(path, `must be at most ${LIMITS.textLength} characters`);
  return s;
}

function num(value: unknown, path: string): number {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || Math.abs(n) > 1e15) fail(path, "must be a number");
  return n;
}

function bool(value: unknown, path: string): boolean {
  if (value === true || value === "true" || value === 1 || value === "1") return true;
  if (value === false || value === "false" || value === 0 || value === "0") return false;
  return fail(path, "must be true or false");
}

function dateValue(value: unknown, def: FieldDef, path: string, now: Date): DateBound {
  const bound = parseDateValue(value, def.type === "date" ? "date" : "datetime", now);
  if (!bound) fail(path, 'must be a date (YYYY-MM-DD), a date-time (ISO 8601) or a relative date such as "today" or "last 30 days"');
  return bound!;
}

function enumValue(value: unknown, def: FieldDef, path: string, ctx: Pick<Ctx, "userId">): string {
  const target = def.target();
  const s = text(value, path);
  if (target.userRef) {
    if (s.toLowerCase() === "me") return ctx.userId;
    if (!isUuid(s)) fail(path, 'must be a user id (UUID) or "me"');
    return s.toLowerCase();
  }
  if (target.idRef) {
    if (!isUuid(s)) fail(path, "must be an id (UUID)");
    return s.toLowerCase();
  }
  const option = def.options?.find((o) => o.value.toLowerCase() === s.toLowerCase());
  if (!option) fail(path, `must be one of ${(def.options ?? []).map((o) => o.value).join(", ")}`);
  return option!.value;
}

/** One value of the field's type (a scalar: the single value of =, > …, one item of in/between). */
function scalar(value: unknown, def: FieldDef, path: string, ctx: Pick<Ctx, "userId">, now: Date): unknown {
  switch (def.type) {
    case "string":
      return text(value, path);
    case "number":
      return num(value, path);
    case "boolean":
      return bool(value, path);
    case "date":
    case "datetime":
      return dateValue(value, def, path, now);
    case "enum":
      return enumValue(value, def, path, ctx);
  }
}

type Walk = { fields: Map<string, FieldDef>; ctx: Pick<Ctx, "userId">; now: Date; nodes: number };

function normalizeRule(raw: RawRule, path: string, w: Walk): NormalizedRule {
  if (typeof raw.field !== "string" || raw.field === "") fail(`${path}.field`, "is required");
  const def = w.fields.get(raw.field as string);
  if (!def) fail(`${path}.field`, `unknown field "${String(raw.field).slice(0, 80)}"`);
  if (raw.valueSource !== undefined && raw.valueSource !== "value") fail(`${path}.valueSource`, 'only "value" is supported');
  const op = typeof raw.operator === "string" ? OPERATOR_BY_KEY.get(raw.operator.trim().toLowerCase()) : undefined;
  if (!op) fail(`${path}.operator`, `unknown operator "${String(raw.operator).slice(0, 40)}"; use one of ${operators.join(" ")}`);
  if (!def!.operators.includes(op!)) fail(`${path}.operator`, `"${op}" is not allowed for ${def!.label} (${def!.type}); use one of ${def!.operators.join(" ")}`);
  const operator = op!;
  const id = typeof raw.id === "string" && raw.id ? raw.id.slice(0, 100) : path;
  const vpath = `${path}.value`;
  let value: unknown = null;
  if (NO_VALUE.has(operator)) value = null;
  else if (LIST_VALUE.has(operator)) {
    const list = asList(raw.value, vpath);
    if (list.length === 0) fail(vpath, "must list at least one value");
    if (list.length > LIMITS.listValues) fail(vpath, `must list at most ${LIMITS.listValues} values`);
    value = [...new Set(list.map((v, i) => scalar(v, def!, `${vpath}[${i}]`, w.ctx, w.now)))];
  } else if (PAIR_VALUE.has(operator)) {
    const list = asList(raw.value, vpath);
    if (list.length !== 2) fail(vpath, "must be two values: from and to");
    let [a, b] = list.map((v, i) => scalar(v, def!, `${vpath}[${i}]`, w.ctx, w.now));
    // Like react-querybuilder, a reversed numeric range is read in order.
    if (def!.type === "number" && (a as number) > (b as number)) [a, b] = [b, a];
    value = [a, b];
  } else {
    if (Array.isArray(raw.value)) fail(vpath, `must be a single value for "${operator}"`);
    value = scalar(raw.value, def!, vpath, w.ctx, w.now);
  }
  return { id, field: def!.name, operator, value };
}

function normalizeGroup(raw: unknown, path: string, depth: number, w: Walk): NormalizedGroup {
  if (!isObject(raw)) return fail(path, "must be a rule group object {combinator, rules}");
  if (depth > LIMITS.depth) fail(path, `groups may be nested at most ${LIMITS.depth} deep`);
  const g = raw as RawGroup;
  const combinator = g.combinator === undefined ? "and" : typeof g.combinator === "string" ? g.combinator.toLowerCase() : null;
  if (combinator !== "and" && combinator !== "or") fail(`${path}.combinator`, 'must be "and" or "or"');
  if (g.not !== undefined && typeof g.not !== "boolean") fail(`${path}.not`, "must be true or false");
  if (!Array.isArray(g.rules)) fail(`${path}.rules`, "must be an array of rules and groups");
  const rules: (NormalizedRule | NormalizedGroup)[] = [];
  (g.rules as unknown[]).forEach((item, i) => {
    const p = `${path}.rules[${i}]`;
    if (++w.nodes > LIMITS.nodes) fail(path, `a query may hold at most ${LIMITS.nodes} rules and groups`);
    if (typeof item === "string") fail(p, "independent combinators are not supported; set the group's combinator instead");
    if (!isObject(item)) fail(p, "must be a rule or a group");
    if ("rules" in (item as object)) {
      const child = normalizeGroup(item, p, depth + 1, w);
      // A group without rules imposes no condition, negated or not; drop it rather than guess.
      if (child.rules.length) rules.push(child);
    } else rules.push(normalizeRule(item as RawRule, p, w));
  });
  const id = typeof g.id === "string" && g.id ? g.id.slice(0, 100) : path;
  return { id, combinator: combinator as "and" | "or", not: g.not === true, rules };
}

const asAppError = (e: unknown) =>
  e instanceof QueryError ? new AppError("validation", `${e.path}: ${e.message}`, { fields: { [e.path]: e.message } }) : e;

/** Accepts the query object, document 003's `{query: {...}}` wrapper, or either as a JSON string. */
export function unwrapQuery(input: unknown, path: string): unknown {
  try {
    return unwrap(input, path);
  } catch (e) {
    throw asAppError(e);
  }
}

function unwrap(input: unknown, path: string): unknown {
  let value = input;
  if (typeof value === "string") {
    if (value.length > LIMITS.jsonLength) fail(path, `must be at most ${LIMITS.jsonLength} characters of JSON`);
    try {
      value = JSON.parse(value);
    } catch {
      fail(path, "must be a JSON-encoded query");
    }
  }
  if (isObject(value) && !("rules" in value) && "query" in value) value = value.query;
  if (typeof value === "string") return unwrap(value, path);
  return value;
}

/**
 * Checks a react-querybuilder query against an entity's fields and returns it with every value parsed
 * (numbers, booleans, date periods, user ids). Anything wrong throws a 400 naming the place:
 * `query.rules[1].rules[0].operator: "contains" is not allowed for Amount (number)…`.
 */
export function normalizeQuery(input: unknown, fields: readonly FieldDef[], ctx: Pick<Ctx, "userId">, opts: { path?: string; now?: Date } = {}): NormalizedGroup {
  const path = opts.path ?? "query";
  try {
    if (input === undefined || input === null) fail(path, "is required");
    const walk: Walk = { fields: new Map(fields.map((f) => [f.name, f])), ctx, now: opts.now ?? new Date(), nodes: 0 };
    return normalizeGroup(unwrap(input, path), path, 1, walk);
  } catch (e) {
    throw asAppError(e);
  }
}
