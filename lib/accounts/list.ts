import { and, eq, ilike, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, type Account } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { filterParam, type ListPage } from "@/lib/list-params";
import { compileWhere, savedFilterWhere } from "@/lib/query";
import { containsPattern } from "@/lib/search";
import type { UserSummary } from "@/lib/users/summaries";
import { parseInput } from "@/lib/validation";
import { ListAccountsQuery, ListAccountsRestQuery } from "./schemas";
import { withContacts, type AccountView } from "./views";

type PageOptions = {
  offset: number;
  limit: number;
  search?: string;
  exclude?: string;
  franchise?: string;
  ownerId?: string;
  contactId?: string;
  filter?: string;
  query?: string;
  order: SQL[];
};

/** Search of every account list: name, primary email and city, anywhere, case-insensitively (% and _ literal). */
export function accountSearch(text: string): SQL | undefined {
  const pattern = containsPattern(text);
  return or(ilike(accounts.name, pattern), ilike(accounts.primaryEmail, pattern), ilike(accounts.city, pattern));
}

async function pageOfAccounts(ctx: Ctx, o: PageOptions): Promise<{ total: number; rows: Account[] }> {
  const conditions: (SQL | undefined)[] = [eq(accounts.tenantId, ctx.tenantId), sql`not ${accounts.isDeleted}`];
  // Saved filters and inline queries go through the one query compiler (lib/query): validated, never "match everything".
  const filterId = o.filter;
  if (filterId) conditions.push(await filterParam(() => savedFilterWhere({ ctx, entity: "account", filterId })));
  if (o.query) conditions.push(await compileWhere({ ctx, entity: "account", query: o.query, path: "query" }));
  if (o.search) conditions.push(accountSearch(o.search));
  if (o.exclude) conditions.push(ne(accounts.id, o.exclude));
  if (o.franchise) conditions.push(eq(accounts.franchiseId, o.franchise));
  if (o.ownerId) conditions.push(eq(accounts.ownerId, o.ownerId));
  if (o.contactId) {
    conditions.push(sql`exists (select 1 from ${accountContacts} where ${accountContacts.accountId} = ${accounts.id} and ${accountContacts.contactId} = ${o.contactId})`);
  }
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    // The id breaks ties so that paging is stable.
    db.select().from(accounts).where(where).orderBy(...o.order, accounts.id).limit(o.limit).offset(o.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(where),
  ]);
  return { total: count?.n ?? 0, rows };
}

/** Text sorts ignore case ("alpha" next to "Alpha", not after "Zeta"); empty values last either way. */
const direction = (column: SQLWrapper, desc: boolean) => {
  const key = "dataType" in column && column.dataType === "string" ? sql`lower(${column})` : sql`${column}`;
  return desc ? sql`${key} desc nulls last` : sql`${key} asc nulls last`;
};

const CONE_SORTS = {
  name: accounts.name,
  dateCreated: accounts.createdAt,
  dateModified: accounts.modifiedAt,
  city: accounts.city,
  country: accounts.country,
  primaryEmail: accounts.primaryEmail,
} as const;

/** GET /api/account (document 003): a page of the workspace's accounts with the total count of the matching ones. */
export async function listAccounts({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<{ total: number; accounts: AccountView[] }> {
  const q = parseInput(ListAccountsQuery, query);
  const order = [direction(CONE_SORTS[q.sortField], q.sortDirection === "DESC")];
  const { total, rows } = await pageOfAccounts(ctx, { offset: q.offset, limit: q.limit, search: q.search, exclude: q.exclude, franchise: q.franchise, order });
  return { total, accounts: await withContacts(db, rows) };
}

const REST_SORTS = {
  name: accounts.name,
  createdAt: accounts.createdAt,
  modifiedAt: accounts.modifiedAt,
  city: accounts.city,
  country: accounts.country,
  industry: accounts.industry,
  primaryEmail: accounts.primaryEmail,
} as const;

export type AccountListItem = AccountView & { owner: UserSummary | null };

/** GET /api/accounts and the account list page: `{data, meta: {total, limit, offset}}`. */
export async function listAccountsPage({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<ListPage<AccountListItem>> {
  const q = parseInput(ListAccountsRestQuery, query);
  const { total, rows } = await pageOfAccounts(ctx, { ...q, order: [direction(REST_SORTS[q.sort.field], q.sort.desc)] });
  return { data: await withContacts(db, rows, { owners: ctx }), meta: { total, limit: q.limit, offset: q.offset } };
}
