import { and, asc, desc, eq, ilike, ne, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { containsPattern } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { ListAccountsQuery } from "./schemas";
import { withContacts, type AccountView } from "./views";

const SORT_COLUMNS = {
  name: accounts.name,
  dateCreated: accounts.createdAt,
  dateModified: accounts.modifiedAt,
  city: accounts.city,
  country: accounts.country,
  primaryEmail: accounts.primaryEmail,
} as const;

/** A page of the workspace's accounts with the total count of the matching ones. */
export async function listAccounts({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<{ total: number; accounts: AccountView[] }> {
  const q = parseInput(ListAccountsQuery, query);
  const conditions: (SQL | undefined)[] = [eq(accounts.tenantId, ctx.tenantId), sql`not ${accounts.isDeleted}`];
  if (q.search) {
    const pattern = containsPattern(q.search);
    conditions.push(or(ilike(accounts.name, pattern), ilike(accounts.primaryEmail, pattern), ilike(accounts.city, pattern)));
  }
  if (q.exclude) conditions.push(ne(accounts.id, q.exclude));
  if (q.franchise) conditions.push(eq(accounts.franchiseId, q.franchise));
  const where = and(...conditions);

  const column = SORT_COLUMNS[q.sortField];
  const order = q.sortDirection === "DESC" ? desc(column) : asc(column);
  const [rows, [count]] = await Promise.all([
    // The id breaks ties so that paging is stable.
    db.select().from(accounts).where(where).orderBy(order, asc(accounts.id)).limit(q.limit).offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(where),
  ]);
  return { total: count?.n ?? 0, accounts: await withContacts(db, rows) };
}
