import type { Account, Contact } from "@/db/schema";
import type { AccountView } from "@/lib/accounts/views";
import type { ContactWithAccounts } from "@/lib/contacts/views";
import type { ConeAccount, ConeContact, ConeContactWithAccounts } from "@/lib/http/openapi/schemas";
import { customerFields } from "./customer";

/**
 * Document 003 (ConeCRM) wire format: camelCase, ids as UUID strings, references as `{id}` objects,
 * audit fields of BaseRecord. Nested contacts inside an account leave out their own `accounts` list.
 * Objects are assembled with Object.assign, not spreads (see customer.ts: spreads are slow here).
 */
export const ref = (id: string | null) => (id ? { id } : null);
export const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function audit(r: { createdAt: Date; createdBy: string | null; modifiedAt: Date | null; modifiedBy: string | null; isDeleted: boolean; deletedAt: Date | null; deletedBy: string | null }) {
  return {
    dateCreated: r.createdAt.toISOString(),
    createdBy: ref(r.createdBy),
    dateModified: iso(r.modifiedAt),
    modifiedBy: ref(r.modifiedBy),
    isDeleted: r.isDeleted,
    dateDeleted: iso(r.deletedAt),
    deletedBy: ref(r.deletedBy),
  };
}

export function coneContact(c: Contact): ConeContact {
  return Object.assign(
    { id: c.id },
    customerFields(c),
    {
      firstName: c.firstName,
      lastName: c.lastName,
      companyName: c.companyName,
      civility: c.civility,
      preferredMethodOfContact: c.preferredMethodOfContact,
      jobTitle: c.jobTitle,
      owner: ref(c.ownerId),
      franchise: ref(c.franchiseId),
    },
    audit(c),
  );
}

export function coneAccount(a: AccountView): ConeAccount {
  return Object.assign(
    { id: a.id },
    customerFields(a),
    {
      name: a.name,
      website: a.website,
      industry: a.industry,
      primaryContact: a.primaryContact ? coneContact(a.primaryContact) : null,
      contacts: a.contacts.map(coneContact),
      owner: ref(a.ownerId),
      franchise: ref(a.franchiseId),
      customFields: a.customFields,
    },
    audit(a),
  );
}

/** An account inside a contact: its own fields, its primary contact as a reference, no contacts. */
const nestedAccount = (a: Account) =>
  Object.assign(
    { id: a.id },
    customerFields(a),
    { name: a.name, website: a.website, industry: a.industry, primaryContact: ref(a.primaryContactId), owner: ref(a.ownerId), franchise: ref(a.franchiseId) },
    audit(a),
  );

/** A contact with its accounts (GET /api/contact, phone lookup); nested accounts leave out their contacts. */
export function coneContactWithAccounts(c: ContactWithAccounts): ConeContactWithAccounts {
  return Object.assign(coneContact(c), { accounts: c.accounts.map(nestedAccount) });
}
