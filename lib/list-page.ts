import { and, eq, ne, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, contacts } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { filterParam } from "@/lib/list-params";
import { compileWhere, savedFilterWhere } from "@/lib/query";

/** The record tables whose lists share paging, saved filters, inline queries and the usual narrowing parameters. */
const TABLES = { contact: contacts, account: accounts } as const;
type Entity = keyof typeof TABLES;
type Row<E extends Entity> = (typeof TABLES)[E]["$inferSelect"];

export type PageOptions = {
  offset: number;
  limit: number;
  /** A saved filter's id (a 400 naming `filter` when the caller cannot see it). */
  filter?: string;
  /** An inline react-querybuilder query, as JSON text. */
  query?: string;
  /** The list's own search condition (contactSearch, accountSearch). */
  search?: SQL;
  exclude?: string;
  franchise?: string;
  ownerId?: string;
  /** Further conditions of the list (e.g. linked to an account). */
  where?: SQL;
  order: SQL[];
  /** Count the matching rows (false: the answer has no total, so don't pay for a count). */
  withTotal?: boolean;
};

/**
 * A page of the workspace's live contacts or accounts and the count of all matching ones, read at once.
 * Saved filters and inline queries go through the one query compiler (lib/query): validated, never
 * "match everything". The id breaks ties in the order, so that pages are stable.
 */
export async function pageOfRecords<E extends Entity>(ctx: Ctx, entity: E, o: PageOptions): Promise<{ total: number; rows: Row<E>[] }> {
  const table = TABLES[entity] as typeof contacts; // both tables have the columns used here
  const conditions: (SQL | undefined)[] = [eq(table.tenantId, ctx.tenantId), sql`not ${table.isDeleted}`];
  const filterId = o.filter;
  if (filterId) conditions.push(await filterParam(() => savedFilterWhere({ ctx, entity, filterId })));
  if (o.query) conditions.push(await compileWhere({ ctx, entity, query: o.query, path: "query" }));
  conditions.push(o.search, o.where);
  if (o.exclude) conditions.push(ne(table.id, o.exclude));
  if (o.franchise) conditions.push(eq(table.franchiseId, o.franchise));
  if (o.ownerId) conditions.push(eq(table.ownerId, o.ownerId));
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    db.select().from(table).where(where).orderBy(...o.order, table.id).limit(o.limit).offset(o.offset),
    o.withTotal === false ? [] : db.select({ n: sql<number>`count(*)::int` }).from(table).where(where),
  ]);
  return { total: count?.n ?? 0, rows: rows as Row<E>[] };
}

/** An ORDER BY term of a list: text sorts ignore case ("alpha" next to "Alpha", not after "Zeta"); empty values last either way. */
export const direction = (column: SQLWrapper, desc: boolean): SQL => {
  const key = "dataType" in column && column.dataType === "string" ? sql`lower(${column})` : sql`${column}`;
  return desc ? sql`${key} desc nulls last` : sql`${key} asc nulls last`;
};
