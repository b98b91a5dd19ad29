import { sql, type SQL } from "drizzle-orm";
import { containsPattern } from "@/lib/search";
import { NEGATIVE, POSITIVE_OF } from "./operators";
import type { DateBound, FieldDef, FieldTarget, NormalizedRule, Operator } from "./types";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const list = (values: SQL[]) => sql.join(values, sql`, `);

/** A date bound as a SQL literal of the column's storage type (parameterised). */
function at(value: string, target: FieldTarget, type: FieldDef["type"]): SQL {
  if (target.storage === "date") return sql`${value}::date`;
  // A `date` field kept in a timestamptz column (custom fields): days start at UTC midnight.
  return type === "date" ? sql`${`${value}T00:00:00Z`}::timestamptz` : sql`${value}::timestamptz`;
}

/** The condition of a positive operator, true or false (or null, where a value is missing). */
function positive(op: Operator, value: unknown, e: SQL, def: FieldDef, target: FieldTarget): SQL {
  if (def.type === "string") {
    const lower = sql`lower(${e})`;
    switch (op) {
      case "=":
        return sql`${lower} = lower(${value as string})`;
      case "contains":
        return sql`${lower} like lower(${containsPattern(value as string)})`;
      case "beginsWith":
        return sql`${lower} like lower(${`${escapeLike(value as string)}%`})`;
      case "endsWith":
        return sql`${lower} like lower(${`%${escapeLike(value as string)}`})`;
      case "in":
        return sql`${lower} in (${list((value as string[]).map((v) => sql`lower(${v})`))})`;
    }
  }
  if (def.type === "date" || def.type === "datetime") {
    const lowerBound = (b: DateBound) => sql`${e} >= ${at(b.start, target, def.type)}`;
    const upperBound = (b: DateBound) => (b.point ? sql`${e} <= ${at(b.start, target, def.type)}` : sql`${e} < ${at(b.end, target, def.type)}`);
    const b = value as DateBound;
    switch (op) {
      case "=":
        return b.point ? sql`${e} = ${at(b.start, target, def.type)}` : sql`(${lowerBound(b)} and ${upperBound(b)})`;
      case ">":
        return b.point ? sql`${e} > ${at(b.start, target, def.type)}` : sql`${e} >= ${at(b.end, target, def.type)}`;
      case ">=":
        return lowerBound(b);
      case "<":
        return sql`${e} < ${at(b.start, target, def.type)}`;
      case "<=":
        return upperBound(b);
      case "between": {
        const [from, to] = value as [DateBound, DateBound];
        return sql`(${lowerBound(from)} and ${upperBound(to)})`;
      }
    }
  }
  if (target.jsonArray) {
    // Multi-select custom fields: "is" means the list holds the choice; "is one of", any of them.
    const values = op === "in" ? (value as string[]) : [value as string];
    return sql`(${sql.join(values.map((v) => sql`${e} @> jsonb_build_array(${v}::text)`), sql` or `)})`;
  }
  const cast = (v: unknown) => (def.type === "number" ? sql`${v}::numeric` : def.type === "boolean" ? sql`${v}::boolean` : sql`${v}`);
  switch (op) {
    case "=":
      return sql`${e} = ${cast(value)}`;
    case ">":
      return sql`${e} > ${cast(value)}`;
    case ">=":
      return sql`${e} >= ${cast(value)}`;
    case "<":
      return sql`${e} < ${cast(value)}`;
    case "<=":
      return sql`${e} <= ${cast(value)}`;
    case "in":
      return sql`${e} in (${list((value as unknown[]).map(cast))})`;
    case "between": {
      const [from, to] = value as [unknown, unknown];
      return sql`${e} between ${cast(from)} and ${cast(to)}`;
    }
  }
  throw new Error(`operator ${op} has no SQL for ${def.type}`);
}

/**
 * One validated rule as SQL that is exactly true or false for every record (never null), so that a
 * negated group means "every record the group does not match". Negative operators match records without
 * a value: "Email does not end with .com" includes contacts with no email. Values are parameters.
 */
export function compileRule(rule: NormalizedRule, def: FieldDef): SQL {
  const target = def.target();
  const e = target.expr;
  const op = rule.operator;
  if (op === "null" || op === "notNull") {
    const present = target.jsonArray ? sql`jsonb_array_length(${e}) > 0` : def.type === "string" ? sql`${e} <> ''` : sql`${e} is not null`;
    const has = target.via ? target.via(present) : def.type === "string" ? sql`coalesce(${present}, false)` : present;
    return op === "null" ? sql`not ${has}` : has;
  }
  if (NEGATIVE.has(op)) {
    const pos = positive(POSITIVE_OF[op]!, rule.value, e, def, target);
    return target.via ? sql`not ${target.via(pos)}` : sql`not coalesce(${pos}, false)`;
  }
  const pos = positive(op, rule.value, e, def, target);
  // Positive rules may be null on a missing value; the group compiler coalesces under NOT.
  return target.via ? target.via(pos) : pos;
}
