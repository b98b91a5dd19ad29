import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import type { Account, Contact, Deal, Task } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { invalidField } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { compileGroup, scopeOf } from "./compile";
import { BUILT_IN, CUSTOM_PREFIX } from "./fields";
import { ENTITY_TABLES, entityFields } from "./registry";
import type { EntityName, FieldDef, NormalizedGroup } from "./types";
import { normalizeQuery } from "./validate";

type QueryArgs = {
  ctx: Pick<Ctx, "tenantId" | "userId">;
  entity: EntityName;
  /** react-querybuilder JSON (object, `{query}` wrapper, or a JSON string). */
  query: unknown;
  tx?: DbOrTx;
  /** How errors name the query in the request ("query", "value", "filter"…). */
  path?: string;
  /** The clock for relative dates (tests). */
  now?: Date;
};

/**
 * Whether a raw query may name a custom field. Field names match exactly, so a query whose text never
 * contains "custom." cannot; anything else (a value that happens to contain it, too) is treated as if it did.
 */
function mayNameCustomField(query: unknown): boolean {
  try {
    const text = typeof query === "string" ? query : JSON.stringify(query);
    return typeof text !== "string" || text.includes(CUSTOM_PREFIX);
  } catch {
    return true;
  }
}

/**
 * Validates a query against the entity's fields (custom fields included); 400 naming the problem.
 * The workspace's custom field definitions are read only when the query may name one: most filters use
 * built-in fields, and that lookup was one more database round trip on every request.
 */
export async function validateQuery({ ctx, entity, query, tx = db, path, now }: QueryArgs): Promise<{ query: NormalizedGroup; fields: FieldDef[] }> {
  const fields = mayNameCustomField(query) ? await entityFields(ctx, entity, tx) : [...BUILT_IN[entity]];
  return { query: normalizeQuery(query, fields, ctx, { path, now }), fields };
}

/**
 * The WHERE condition of a query on an entity, scoped to the caller's workspace and to live records.
 * Use it on the entity's table (`ENTITY_TABLES[entity]`), alone or `and`-ed with your own conditions.
 */
export async function compileWhere(args: QueryArgs): Promise<SQL> {
  const { query, fields } = await validateQuery(args);
  return and(scopeOf(args.ctx, args.entity), compileGroup(query, fields))!;
}

export type EntityRow = { contact: Contact; account: Account; deal: Deal; task: Task };
export type Sort = { field: string; direction?: "asc" | "desc" };

/** The sort expression of a field that is a plain column of the entity (not a relation). */
function sortExpr(fields: readonly FieldDef[], sort: Sort): SQL {
  const def = fields.find((f) => f.name === sort.field);
  const target = def?.target();
  if (!def || !target || target.via || def.customFieldId) throw invalidField("sort", `cannot sort by "${sort.field.slice(0, 80)}"`);
  return target.expr;
}

/**
 * The number of records matching a query and one page of them (newest first unless `sort` says
 * otherwise; the id breaks ties so that pages are stable). Both statements run concurrently.
 */
export async function countAndPage<E extends EntityName>(
  args: QueryArgs & { entity: E; limit?: number; offset?: number; sort?: Sort },
): Promise<{ total: number; rows: EntityRow[E][] }> {
  const { tx = db, entity, limit = 50, offset = 0 } = args;
  const { query, fields } = await validateQuery(args);
  const table = ENTITY_TABLES[entity];
  const where = and(scopeOf(args.ctx, entity), compileGroup(query, fields));
  const order = args.sort
    ? [args.sort.direction === "desc" ? sql`${sortExpr(fields, args.sort)} desc nulls last` : sql`${sortExpr(fields, args.sort)} asc nulls last`, asc(table.id)]
    : [desc(table.createdAt), desc(table.id)];
  const [rows, [count]] = await Promise.all([
    tx.select().from(table as typeof ENTITY_TABLES.contact).where(where).orderBy(...order).limit(limit).offset(offset),
    tx.select({ n: sql<number>`count(*)::int` }).from(table as typeof ENTITY_TABLES.contact).where(where),
  ]);
  return { total: count?.n ?? 0, rows: rows as unknown as EntityRow[E][] };
}

/**
 * Does one record match a query? The automation engine's conditions use this, with the same
 * compiler as saved filters, so the two can never disagree. Another workspace's record, a deleted
 * one or a malformed id does not match. Invalid queries throw like everywhere else.
 */
export async function matches(args: QueryArgs & { recordId: string }): Promise<boolean> {
  const { tx = db, entity, recordId } = args;
  const { query, fields } = await validateQuery(args);
  if (!isUuid(recordId)) return false;
  const table = ENTITY_TABLES[entity];
  const rows = await tx
    .select({ ok: sql<number>`1` })
    .from(table as typeof ENTITY_TABLES.contact)
    .where(and(eq(table.id, recordId), scopeOf(args.ctx, entity), compileGroup(query, fields)))
    .limit(1);
  return rows.length > 0;
}
