import { and, eq, not, or, sql, type SQL } from "drizzle-orm";
import { formatQuery } from "react-querybuilder/formatQuery";
import type { RuleGroupType, RuleType } from "react-querybuilder";
import type { Ctx } from "@/lib/auth/context";
import { compileRule } from "./compile-rule";
import { ENTITY_TABLES } from "./registry";
import type { EntityName, FieldDef, NormalizedGroup, NormalizedRule } from "./types";

const isGroup = (r: NormalizedRule | NormalizedGroup): r is NormalizedGroup => "rules" in r;

/**
 * A validated query as a SQL condition, through react-querybuilder's own `formatQuery(…, "drizzle")`:
 * its group processor combines the rules (and/or/not); our rule processor turns each rule into SQL
 * from the registry, so the "column map" it receives is the curated list of fields. Validation has
 * already rejected anything unknown, so nothing can be dropped silently; a group without rules is no
 * condition, and the whole query without rules matches every record.
 */
export function compileGroup(query: NormalizedGroup, fields: readonly FieldDef[]): SQL {
  const defs = new Map(fields.map((f) => [f.name, f]));
  const byKey = new Map<string, NormalizedRule>();
  // Keys are positions, so that duplicate ids sent by a client cannot mix two rules up.
  const toRqb = (g: NormalizedGroup, key: string): RuleGroupType => ({
    id: key,
    combinator: g.combinator,
    not: g.not,
    rules: g.rules.map((r, i): RuleGroupType | RuleType => {
      const k = `${key}.${i}`;
      if (isGroup(r)) return toRqb(r, k);
      byKey.set(k, r);
      return { id: k, field: r.field, operator: r.operator, value: "" };
    }),
  });
  const columns = Object.fromEntries(fields.map((f) => [f.name, f]));
  const build = formatQuery(toRqb(query, "q"), {
    format: "drizzle",
    ruleProcessor: (rule: RuleType) => {
      const normalized = byKey.get(rule.id ?? "");
      const def = normalized && defs.get(normalized.field);
      if (!normalized || !def) throw new Error(`rule ${rule.id} was not validated`);
      return compileRule(normalized, def);
    },
  }) as unknown as (columns: unknown, operators: unknown) => SQL | undefined;
  // Under NOT, a rule that is null (a missing value) must count as false, as it does outside of NOT.
  const operators = { and, or, not: (inner: SQL) => not(sql`coalesce(${inner}, false)`), eq, sql };
  return build(columns, operators) ?? sql`true`;
}

/** The condition every query on an entity carries: the caller's workspace, live records only. */
export function scopeOf(ctx: Pick<Ctx, "tenantId">, entity: EntityName): SQL {
  const table = ENTITY_TABLES[entity];
  return and(eq(table.tenantId, ctx.tenantId), sql`not ${table.isDeleted}`)!;
}
