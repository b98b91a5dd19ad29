import { ilike, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { direction, pageOfRecords } from "@/lib/list-page";
import type { ListPage } from "@/lib/list-params";
import { containsPattern, likeLower } from "@/lib/search";
import type { UserSummary } from "@/lib/users/summaries";
import { parseInput } from "@/lib/validation";
import { ListAccountsQuery, ListAccountsRestQuery } from "./schemas";
import { withContacts, type AccountView } from "./views";

/** Search of every account list: name, primary email and city, anywhere, case-insensitively (% and _ literal). */
export function accountSearch(text: string): SQL | undefined {
  const pattern = containsPattern(text);
  return or(likeLower(accounts.name, pattern), likeLower(accounts.primaryEmail, pattern), ilike(accounts.city, pattern));
}

/** Accounts linked to the contact. */
const ofContact = (contactId: string | undefined) =>
  contactId ? sql`exists (select 1 from ${accountContacts} where ${accountContacts.accountId} = ${accounts.id} and ${accountContacts.contactId} = ${contactId})` : undefined;

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
  const search = q.search ? accountSearch(q.search) : undefined;
  const { total, rows } = await pageOfRecords(ctx, "account", { offset: q.offset, limit: q.limit, search, exclude: q.exclude, franchise: q.franchise, order });
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
  const { total, rows } = await pageOfRecords(ctx, "account", {
    offset: q.offset,
    limit: q.limit,
    filter: q.filter,
    query: q.query,
    search: q.search ? accountSearch(q.search) : undefined,
    ownerId: q.ownerId,
    where: ofContact(q.contactId),
    order: [direction(REST_SORTS[q.sort.field], q.sort.desc)],
  });
  return { data: await withContacts(db, rows, { owners: ctx }), meta: { total, limit: q.limit, offset: q.offset } };
}
