import type { Account, Contact } from "@/db/schema";
import type { AccountListItem } from "@/lib/accounts/list";
import { contactName, type ContactView } from "@/lib/contacts/views";
import type { RestAccount, RestContact } from "@/lib/http/openapi/rest-schemas";
import type { z } from "zod";

/** The REST surface's wire format (docs/api.md, "REST conventions"). */
const iso = (d: Date | null) => (d ? d.toISOString() : null);

function customer(r: Contact | Account) {
  return {
    primaryEmail: r.primaryEmail,
    secondaryEmail: r.secondaryEmail,
    homePhone: r.homePhone,
    workPhone: r.workPhone,
    workPhoneExtension: r.workPhoneExtension,
    mobilePhone: r.mobilePhone,
    address: r.address,
    city: r.city,
    province: r.province,
    postalCode: r.postalCode,
    country: r.country,
    language: r.language,
    isActive: r.isActive,
    thirdPartyIds: r.thirdPartyIds,
  };
}

const audit = (r: Contact | Account) => ({ createdAt: r.createdAt.toISOString(), createdBy: r.createdBy, modifiedAt: iso(r.modifiedAt), modifiedBy: r.modifiedBy });
const contactSummary = (c: Contact) => ({ id: c.id, name: contactName(c), primaryEmail: c.primaryEmail });

export function restContact(c: ContactView): z.infer<typeof RestContact> {
  return {
    id: c.id,
    name: contactName(c),
    firstName: c.firstName,
    lastName: c.lastName,
    companyName: c.companyName,
    civility: c.civility,
    jobTitle: c.jobTitle,
    preferredMethodOfContact: c.preferredMethodOfContact,
    ...customer(c),
    ownerId: c.ownerId,
    owner: c.owner,
    franchiseId: c.franchiseId,
    sourceId: c.sourceId,
    accountIds: c.accounts.map((a) => a.id),
    accounts: c.accounts.map((a) => ({ id: a.id, name: a.name })),
    lastActivityAt: iso(c.lastActivityAt),
    customFields: c.customFields,
    ...audit(c),
  };
}

export function restAccount(a: AccountListItem): z.infer<typeof RestAccount> {
  return {
    id: a.id,
    name: a.name,
    website: a.website,
    industry: a.industry,
    ...customer(a),
    ownerId: a.ownerId,
    owner: a.owner,
    franchiseId: a.franchiseId,
    primaryContactId: a.primaryContact?.id ?? null,
    primaryContact: a.primaryContact ? contactSummary(a.primaryContact) : null,
    contactIds: a.contacts.map((c) => c.id),
    contacts: a.contacts.map(contactSummary),
    customFields: a.customFields,
    ...audit(a),
  };
}
