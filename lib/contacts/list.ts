import { and, eq, ilike, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, contacts } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { filterParam, type ListPage } from "@/lib/list-params";
import { compileWhere, savedFilterWhere } from "@/lib/query";
import { containsPattern } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { ListConeContactsQuery, ListContactsQuery } from "./schemas";
import { withAccounts, type ContactView } from "./views";

const fullName = sql`(coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, ''))`;

/**
 * The search of every contact list: name ("First Last"), primary email and company, anywhere in the
 * text, case-insensitively; a search of 4+ digits also matches phone numbers whatever their format.
 * The name and email expressions are the ones the trigram indexes cover.
 */
export function contactSearch(text: string): SQL | undefined {
  const pattern = containsPattern(text);
  const terms: (SQL | undefined)[] = [ilike(fullName, pattern), sql`lower(${contacts.primaryEmail}) like lower(${pattern})`, ilike(contacts.companyName, pattern)];
  const digits = text.replace(/\D/g, "");
  if (digits.length >= 4 && /^[\d\s().+-]+$/.test(text)) {
    terms.push(sql`exists (select 1 from unnest(${contacts.phoneDigits}) d where d like ${`%${digits}%`})`);
  }
  return or(...terms);
}

type PageOptions = {
  offset: number;
  limit: number;
  search?: string;
  exclude?: string;
  franchise?: string;
  ownerId?: string;
  accountId?: string;
  filter?: string;
  query?: string;
  order: SQL[];
  /** Count the matching contacts (false: the answer has no total, so don't pay for a count). */
  withTotal?: boolean;
};

async function pageOfContacts(ctx: Ctx, o: PageOptions): Promise<{ total: number; rows: ContactView[] }> {
  const conditions: (SQL | undefined)[] = [eq(contacts.tenantId, ctx.tenantId), sql`not ${contacts.isDeleted}`];
  // Saved filters and inline queries go through the one query compiler (lib/query): validated, never "match everything".
  const filterId = o.filter;
  if (filterId) conditions.push(await filterParam(() => savedFilterWhere({ ctx, entity: "contact", filterId })));
  if (o.query) conditions.push(await compileWhere({ ctx, entity: "contact", query: o.query, path: "query" }));
  if (o.search) conditions.push(contactSearch(o.search));
  if (o.exclude) conditions.push(ne(contacts.id, o.exclude));
  if (o.franchise) conditions.push(eq(contacts.franchiseId, o.franchise));
  if (o.ownerId) conditions.push(eq(contacts.ownerId, o.ownerId));
  if (o.accountId) {
    conditions.push(sql`exists (select 1 from ${accountContacts} where ${accountContacts.contactId} = ${contacts.id} and ${accountContacts.accountId} = ${o.accountId})`);
  }
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    // The id breaks ties so that pages are stable.
    db.select().from(contacts).where(where).orderBy(...o.order, contacts.id).limit(o.limit).offset(o.offset),
    o.withTotal === false ? [] : db.select({ n: sql<number>`count(*)::int` }).from(contacts).where(where),
  ]);
  return { total: count?.n ?? 0, rows: await withAccounts(db, ctx, rows) };
}

/** Text sorts ignore case ("alpha" next to "Alpha", not after "Zeta"); empty values last either way. */
const direction = (column: SQLWrapper, desc: boolean) => {
  const key = "dataType" in column && column.dataType === "string" ? sql`lower(${column})` : sql`${column}`;
  return desc ? sql`${key} desc nulls last` : sql`${key} asc nulls last`;
};

const CONE_SORTS = {
  firstName: [contacts.firstName, contacts.lastName],
  lastName: [contacts.lastName, contacts.firstName],
  dateCreated: [contacts.createdAt],
  dateModified: [contacts.modifiedAt],
  primaryEmail: [contacts.primaryEmail],
  companyName: [contacts.companyName],
  city: [contacts.city],
} as const;

/** GET /api/contact (document 003): a page of contacts, `start`-indexed, without a total. */
export async function listConeContacts({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<ContactView[]> {
  const q = parseInput(ListConeContactsQuery, query);
  const desc = q.sortDirection === "DESC";
  const order = CONE_SORTS[q.sortField].map((c) => direction(c, desc));
  return (await pageOfContacts(ctx, { offset: q.start, limit: q.limit, search: q.search, exclude: q.exclude, franchise: q.franchise, order, withTotal: false })).rows;
}

const REST_SORTS = {
  name: [contacts.lastName, contacts.firstName],
  firstName: [contacts.firstName, contacts.lastName],
  lastName: [contacts.lastName, contacts.firstName],
  primaryEmail: [contacts.primaryEmail],
  companyName: [contacts.companyName],
  city: [contacts.city],
  createdAt: [contacts.createdAt],
  modifiedAt: [contacts.modifiedAt],
  lastActivityAt: [contacts.lastActivityAt],
} as const;

/** GET /api/contacts and the contact list page: `{data, meta: {total, limit, offset}}`. */
export async function listContacts({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<ListPage<ContactView>> {
  const q = parseInput(ListContactsQuery, query);
  const order = REST_SORTS[q.sort.field].map((c) => direction(c, q.sort.desc));
  const { total, rows } = await pageOfContacts(ctx, { ...q, order });
  return { data: rows, meta: { total, limit: q.limit, offset: q.offset } };
}
