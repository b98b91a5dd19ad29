import { ilike, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, contacts } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { direction, pageOfRecords, type PageOptions } from "@/lib/list-page";
import type { ListPage } from "@/lib/list-params";
import { containsPattern } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { ListConeContactsQuery, ListContactsQuery } from "./schemas";
import { withAccounts, type ContactView, type ContactWithAccounts } from "./views";

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

/** A page of contacts with their accounts, owners and custom fields. */
async function pageOfContacts(ctx: Ctx, o: PageOptions): Promise<{ total: number; rows: ContactView[] }> {
  const { total, rows } = await pageOfRecords(ctx, "contact", o);
  return { total, rows: await withAccounts(db, ctx, rows) };
}

/** Contacts linked to the account. */
const ofAccount = (accountId: string | undefined) =>
  accountId ? sql`exists (select 1 from ${accountContacts} where ${accountContacts.contactId} = ${contacts.id} and ${accountContacts.accountId} = ${accountId})` : undefined;

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
export async function listConeContacts({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<ContactWithAccounts[]> {
  const q = parseInput(ListConeContactsQuery, query);
  const desc = q.sortDirection === "DESC";
  const order = CONE_SORTS[q.sortField].map((c) => direction(c, desc));
  const search = q.search ? contactSearch(q.search) : undefined;
  // Its wire format names the owner by id only: no owner summaries to read.
  const { rows } = await pageOfRecords(ctx, "contact", { offset: q.start, limit: q.limit, search, exclude: q.exclude, franchise: q.franchise, order, withTotal: false });
  return withAccounts(db, ctx, rows, { owners: false });
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
  const { total, rows } = await pageOfContacts(ctx, {
    offset: q.offset,
    limit: q.limit,
    filter: q.filter,
    query: q.query,
    search: q.search ? contactSearch(q.search) : undefined,
    ownerId: q.ownerId,
    where: ofAccount(q.accountId),
    order,
  });
  return { data: rows, meta: { total, limit: q.limit, offset: q.offset } };
}
