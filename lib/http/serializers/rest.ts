import type { Account, Contact } from "@/db/schema";
import type { AccountListItem } from "@/lib/accounts/list";
import { contactName, type ContactView } from "@/lib/contacts/views";
import type { RestAccount, RestContact } from "@/lib/http/openapi/rest-schemas";
import type { z } from "zod";
import { customerFields } from "./customer";

/** The REST surface's wire format (docs/api.md, "REST conventions"); objects assembled without spreads (customer.ts). */
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const audit = (r: Contact | Account) => ({ createdAt: r.createdAt.toISOString(), createdBy: r.createdBy, modifiedAt: iso(r.modifiedAt), modifiedBy: r.modifiedBy });
const contactSummary = (c: Contact) => ({ id: c.id, name: contactName(c), primaryEmail: c.primaryEmail });

export function restContact(c: ContactView): z.infer<typeof RestContact> {
  return Object.assign(
    {
      id: c.id,
      name: contactName(c),
      firstName: c.firstName,
      lastName: c.lastName,
      companyName: c.companyName,
      civility: c.civility,
      jobTitle: c.jobTitle,
      preferredMethodOfContact: c.preferredMethodOfContact,
    },
    customerFields(c),
    {
      ownerId: c.ownerId,
      owner: c.owner,
      franchiseId: c.franchiseId,
      sourceId: c.sourceId,
      accountIds: c.accounts.map((a) => a.id),
      accounts: c.accounts.map((a) => ({ id: a.id, name: a.name })),
      lastActivityAt: iso(c.lastActivityAt),
      customFields: c.customFields,
    },
    audit(c),
  );
}

export function restAccount(a: AccountListItem): z.infer<typeof RestAccount> {
  return Object.assign(
    { id: a.id, name: a.name, website: a.website, industry: a.industry },
    customerFields(a),
    {
      ownerId: a.ownerId,
      owner: a.owner,
      franchiseId: a.franchiseId,
      primaryContactId: a.primaryContact?.id ?? null,
      primaryContact: a.primaryContact ? contactSummary(a.primaryContact) : null,
      contactIds: a.contacts.map((c) => c.id),
      contacts: a.contacts.map(contactSummary),
      customFields: a.customFields,
    },
    audit(a),
  );
}
