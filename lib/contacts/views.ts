import { and, asc, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import { db, type DbOrTx } from "@/db/client";
import { accountContacts, accounts, contacts, type Account, type Contact } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { readValues, type CustomFieldValues } from "@/lib/custom-fields/values";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { userSummaries, type UserSummary } from "@/lib/users/summaries";

/** A contact with its live accounts and custom field values: what document 003 prints (its owner as a bare id). */
export type ContactWithAccounts = Contact & { accounts: Account[]; customFields: CustomFieldValues };
/** The same with its owner's summary, as the REST API and the pages show it. */
export type ContactView = ContactWithAccounts & { owner: UserSummary | null };

/** Display name of a contact: "First Last", else the email, else the company. */
export const contactName = (c: Pick<Contact, "firstName" | "lastName" | "primaryEmail" | "companyName">) =>
  [c.firstName, c.lastName].filter(Boolean).join(" ") || c.primaryEmail || c.companyName || "";

/**
 * Adds the live accounts, the custom field values and (unless `owners: false`) the owner to each contact,
 * in place: one read each for the whole page, sent at once.
 */
export async function withAccounts(tx: DbOrTx, ctx: Ctx, rows: Contact[]): Promise<ContactView[]>;
export async function withAccounts(tx: DbOrTx, ctx: Ctx, rows: Contact[], opts: { owners: false }): Promise<ContactWithAccounts[]>;
export async function withAccounts(tx: DbOrTx, ctx: Ctx, rows: Contact[], opts: { owners: boolean } = { owners: true }): Promise<(ContactWithAccounts & { owner?: UserSummary | null })[]> {
  if (rows.length === 0) return [];
  const [links, owners, custom] = await Promise.all([
    tx
      .select({ contactId: accountContacts.contactId, account: accounts })
      .from(accountContacts)
      .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
      .where(and(anyOf(accountContacts.contactId, rows.map((r) => r.id)), eq(accounts.tenantId, ctx.tenantId), sql`not ${accounts.isDeleted}`))
      .orderBy(asc(accounts.name), asc(accounts.id)),
    opts.owners ? userSummaries(tx, ctx, rows.map((r) => r.ownerId)) : undefined,
    readValues(tx, ctx, "contact", rows.map((r) => r.id)),
  ]);
  const byContact = new Map<string, Account[]>();
  for (const { contactId, account } of links) {
    const list = byContact.get(contactId);
    if (list) list.push(account);
    else byContact.set(contactId, [account]);
  }
  // The rows are extended in place rather than copied (they were just read; copying 50 wide rows with a spread costs more than the rest).
  return rows.map((c) =>
    Object.assign(
      c,
      { accounts: byContact.get(c.id) ?? [], customFields: custom.get(c.id) ?? {} },
      owners ? { owner: (c.ownerId && owners.get(c.ownerId)) || null } : {},
    ),
  );
}

/**
 * The only way to load a contact for writing: another workspace's id, an unknown and a malformed id
 * are all "Contact not found". With `lock`, the row stays locked until the transaction ends, so that
 * concurrent updates of one contact run one after the other.
 */
export async function getContactOrThrow(tx: DbOrTx, ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<Contact> {
  if (!isUuid(id)) throw notFound("Contact");
  const query = tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.tenantId, ctx.tenantId), sql`not ${contacts.isDeleted}`))
    .limit(1);
  const [row] = opts.lock ? await query.for("update") : await query;
  if (!row) throw notFound("Contact");
  return row;
}

export async function getContactView(ctx: Ctx, id: string, tx: DbOrTx = db): Promise<ContactView> {
  const [view] = await withAccounts(tx, ctx, [await getContactOrThrow(tx, ctx, id)]);
  return view!;
}
