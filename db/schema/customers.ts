import { relations, sql } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { audit, id, timestamptz } from "./columns";
import { leadSources } from "./pipelines";
import { franchises, tenants } from "./tenants";
import { users } from "./users";

/** An external system's id for a record (document 003's thirdPartyIds). */
export type ThirdPartyId = { systemName: string; thirdPartyId: string; metadata?: string | null };

/** Contact details shared by accounts and contacts (document 003's BaseCustomer). */
const customerColumns = {
  primaryEmail: text(),
  secondaryEmail: text(),
  homePhone: text(),
  workPhone: text(),
  workPhoneExtension: text(),
  mobilePhone: text(),
  address: text(),
  city: text(),
  province: text(),
  postalCode: text(),
  country: text(),
  language: text(),
  isActive: boolean().notNull().default(true),
  thirdPartyIds: jsonb().$type<ThirdPartyId[]>().notNull().default([]),
};

/** A customer company. */
export const accounts = pgTable(
  "accounts",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    franchiseId: uuid().references(() => franchises.id),
    ownerId: uuid().references(() => users.id),
    name: text().notNull(),
    website: text(),
    industry: text(),
    primaryContactId: uuid(),
    ...customerColumns,
    ...audit,
  },
  (t) => [
    index().on(t.tenantId, t.name),
    // Lists sort names without regard to case (lib/accounts/list.ts).
    index("accounts_tenant_lower_name").on(t.tenantId, sql`lower(${t.name})`),
    index().on(t.tenantId, t.createdAt),
    // Searches and filters compare text case-insensitively through lower() (likeLower in lib/search.ts,
    // lib/query): these serve contains/begins/ends/equals.
    index("accounts_name_lower_trgm").using("gin", sql`lower(${t.name}) gin_trgm_ops`),
    index("accounts_email_lower_trgm").using("gin", sql`lower(${t.primaryEmail}) gin_trgm_ops`),
  ],
);

/** A person at a customer. */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    franchiseId: uuid().references(() => franchises.id),
    ownerId: uuid().references(() => users.id),
    sourceId: uuid().references(() => leadSources.id),
    firstName: text(),
    lastName: text(),
    companyName: text(),
    civility: text(),
    jobTitle: text(),
    preferredMethodOfContact: text(),
    ...customerColumns,
    /** Digits-only forms of the phone numbers, for lookups by phone whatever the formatting. */
    phoneDigits: text()
      .array()
      .generatedAlwaysAs(
        sql`array_remove(array[nullif(regexp_replace(coalesce(home_phone, ''), '[^0-9]', '', 'g'), ''), nullif(regexp_replace(coalesce(work_phone, ''), '[^0-9]', '', 'g'), ''), nullif(regexp_replace(coalesce(mobile_phone, ''), '[^0-9]', '', 'g'), '')], null)`,
      ),
    lastActivityAt: timestamptz(),
    ...audit,
  },
  (t) => [
    // One live contact per email in a workspace: the create-or-associate of document 002 relies on it.
    uniqueIndex("contacts_tenant_email_uq").on(t.tenantId, sql`lower(${t.primaryEmail})`).where(sql`not ${t.isDeleted}`),
    index().on(t.tenantId, t.lastName, t.firstName),
    // Lists sort names without regard to case (lib/contacts/list.ts).
    index("contacts_tenant_lower_name").on(t.tenantId, sql`lower(${t.lastName})`, sql`lower(${t.firstName})`),
    index().on(t.tenantId, t.createdAt),
    index("contacts_phone_digits_gin").using("gin", t.phoneDigits),
    index("contacts_name_trgm").using("gin", sql`(coalesce(${t.firstName}, '') || ' ' || coalesce(${t.lastName}, '')) gin_trgm_ops`),
    index("contacts_email_trgm").using("gin", sql`lower(${t.primaryEmail}) gin_trgm_ops`),
    // Filters compare text case-insensitively through lower(): these serve contains/begins/ends/equals.
    index("contacts_first_name_lower_trgm").using("gin", sql`lower(${t.firstName}) gin_trgm_ops`),
    index("contacts_last_name_lower_trgm").using("gin", sql`lower(${t.lastName}) gin_trgm_ops`),
    index("contacts_company_lower_trgm").using("gin", sql`lower(${t.companyName}) gin_trgm_ops`),
    index().on(t.tenantId, t.ownerId),
    // Filters on city and country ("= Lyon" compares lower()): the plain columns and is_deleted ride along
    // so that a count is an index-only scan (PostgreSQL only uses an expression index that way when the
    // expression's column is in the index too).
    index("contacts_tenant_lower_city").on(t.tenantId, sql`lower(${t.city})`, t.city, t.isDeleted),
    index("contacts_tenant_lower_country").on(t.tenantId, sql`lower(${t.country})`, t.country, t.isDeleted),
  ],
);

/** Account n—n Contact. */
export const accountContacts = pgTable(
  "account_contacts",
  {
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    accountId: uuid().notNull().references(() => accounts.id, { onDelete: "cascade" }),
    contactId: uuid().notNull().references(() => contacts.id, { onDelete: "cascade" }),
    createdAt: timestamptz().notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.contactId] }), index().on(t.contactId)],
);

export const accountsRelations = relations(accounts, ({ one, many }) => ({
  primaryContact: one(contacts, { fields: [accounts.primaryContactId], references: [contacts.id] }),
  accountContacts: many(accountContacts),
}));
export const contactsRelations = relations(contacts, ({ many }) => ({ accountContacts: many(accountContacts) }));
export const accountContactsRelations = relations(accountContacts, ({ one }) => ({
  account: one(accounts, { fields: [accountContacts.accountId], references: [accounts.id] }),
  contact: one(contacts, { fields: [accountContacts.contactId], references: [contacts.id] }),
}));

export type Account = typeof accounts.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
