import { and, asc, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import { db, type DbOrTx } from "@/db/client";
import { accountContacts, accounts, contacts, type Account, type Contact } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { readValues, type CustomFieldValues } from "@/lib/custom-fields/values";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { userSummaries, type UserSummary } from "@/lib/users/summaries";

/** An account with its contacts, as every caller (API, pages) reads it. */
export type AccountView = Account & { primaryContact: Contact | null; contacts: Contact[]; customFields: CustomFieldValues };

/**
 * Adds the primary contact, the contacts and the custom field values to each account (in place): three reads for
 * the whole page (four queries), sent at once. With `owners`, the owners' summaries are read alongside.
 */
export async function withContacts(tx: DbOrTx, rows: Account[]): Promise<AccountView[]>;
export async function withContacts(tx: DbOrTx, rows: Account[], opts: { owners: Ctx }): Promise<(AccountView & { owner: UserSummary | null })[]>;
export async function withContacts(tx: DbOrTx, rows: Account[], opts?: { owners: Ctx }): Promise<(AccountView & { owner?: UserSummary | null })[]> {
  if (rows.length === 0) return [];
  const primaryIds = rows.map((r) => r.primaryContactId).filter((id): id is string => !!id);
  const [links, primaries, custom, owners] = await Promise.all([
    tx
      .select({ accountId: accountContacts.accountId, contact: contacts })
      .from(accountContacts)
      .innerJoin(contacts, eq(contacts.id, accountContacts.contactId))
      .where(and(anyOf(accountContacts.accountId, rows.map((r) => r.id)), sql`not ${contacts.isDeleted}`))
      .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id)),
    primaryIds.length ? tx.select().from(contacts).where(and(anyOf(contacts.id, primaryIds), sql`not ${contacts.isDeleted}`)) : [],
    readValues(tx, { tenantId: rows[0]!.tenantId }, "account", rows.map((r) => r.id)),
    opts ? userSummaries(tx, opts.owners, rows.map((r) => r.ownerId)) : undefined,
  ]);
  const byAccount = new Map<string, Contact[]>();
  for (const { accountId, contact } of links) {
    const list = byAccount.get(accountId);
    if (list) list.push(contact);
    else byAccount.set(accountId, [contact]);
  }
  const primaryById = new Map(primaries.map((c) => [c.id, c]));
  // The rows are extended in place rather than copied (they were just read; spreading wide rows is slow).
  return rows.map((r) =>
    Object.assign(
      r,
      {
        primaryContact: (r.primaryContactId && primaryById.get(r.primaryContactId)) || null,
        contacts: byAccount.get(r.id) ?? [],
        customFields: custom.get(r.id) ?? {},
      },
      owners ? { owner: (r.ownerId && owners.get(r.ownerId)) || null } : {},
    ),
  );
}

/** The only way to load an account for writing: another workspace's id is simply "not found". */
export async function getAccountOrThrow(tx: DbOrTx, ctx: Ctx, id: string): Promise<Account> {
  if (!isUuid(id)) throw notFound("Account");
  const [row] = await tx
    .select()
    .from(accounts)
    .where(and(eq(accounts.id, id), eq(accounts.tenantId, ctx.tenantId), sql`not ${accounts.isDeleted}`))
    .limit(1);
  if (!row) throw notFound("Account");
  return row;
}

export async function getAccountView(ctx: Ctx, id: string, tx: DbOrTx = db): Promise<AccountView> {
  const [view] = await withContacts(tx, [await getAccountOrThrow(tx, ctx, id)]);
  return view!;
}
