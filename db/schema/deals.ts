import { relations, sql } from "drizzle-orm";
import { boolean, customType, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { audit, id, timestamptz } from "./columns";
import { accounts, contacts } from "./customers";
import { dealStatus } from "./enums";
import { leadSources, pipelines, stages } from "./pipelines";
import { departments, franchises, tenants } from "./tenants";
import { users } from "./users";

/** Text compared byte by byte, so that fractional-index keys sort the same in SQL and in JavaScript. */
const binaryText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

/**
 * The one opportunity record: the "deal" of documents 000–002 and the Lead/Connection of document 003.
 * Document 003's vertical fields (test drive, trade-in, vehicle…) live in `vertical`, keyed by their
 * document names.
 */
export const deals = pgTable(
  "deals",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text(),
    amount: numeric({ precision: 18, scale: 4 }),
    currency: text().notNull().default("EUR"),
    probability: integer(),
    pipelineId: uuid().notNull().references(() => pipelines.id),
    stageId: uuid().notNull().references(() => stages.id),
    status: dealStatus().notNull().default("open"),
    /** Order of the card within its stage column: a fractional-index key, one row written per move. */
    position: binaryText().notNull().default("a0"),
    expectedCloseDate: date({ mode: "string" }),
    closedAt: timestamptz(),
    lossReason: text(),
    nextSteps: text(),
    customId: text(),
    ownerId: uuid().references(() => users.id),
    primaryContactId: uuid().references(() => contacts.id),
    accountId: uuid().references(() => accounts.id),
    sourceId: uuid().references(() => leadSources.id),
    franchiseId: uuid().references(() => franchises.id),
    departmentId: uuid().references(() => departments.id),
    priority: integer(),
    category: text(),
    isQualified: boolean().notNull().default(false),
    stageChangedAt: timestamptz().notNull().defaultNow(),
    wonAt: timestamptz(),
    lostAt: timestamptz(),
    vertical: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    ...audit,
  },
  (t) => [
    index().on(t.tenantId, t.stageId, t.position),
    index().on(t.tenantId, t.pipelineId, t.status),
    index().on(t.tenantId, t.ownerId),
    index().on(t.tenantId, t.createdAt),
    index().on(t.accountId),
    index().on(t.primaryContactId),
    index().on(t.tenantId, t.expectedCloseDate),
    // Every search and filter on the name matches lower(name) (likeLower in lib/search.ts, lib/query): one trigram index.
    index("deals_name_lower_trgm").using("gin", sql`lower(${t.name}) gin_trgm_ops`),
    index().on(t.tenantId, t.amount),
  ],
);

/** Deal n—n Contact (document 000 attaches many and detaches one). */
export const dealContacts = pgTable(
  "deal_contacts",
  {
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    dealId: uuid().notNull().references(() => deals.id, { onDelete: "cascade" }),
    contactId: uuid().notNull().references(() => contacts.id, { onDelete: "cascade" }),
    createdAt: timestamptz().notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [primaryKey({ columns: [t.dealId, t.contactId] }), index().on(t.contactId)],
);

export const dealsRelations = relations(deals, ({ one, many }) => ({
  stage: one(stages, { fields: [deals.stageId], references: [stages.id] }),
  pipeline: one(pipelines, { fields: [deals.pipelineId], references: [pipelines.id] }),
  account: one(accounts, { fields: [deals.accountId], references: [accounts.id] }),
  primaryContact: one(contacts, { fields: [deals.primaryContactId], references: [contacts.id] }),
  owner: one(users, { fields: [deals.ownerId], references: [users.id] }),
  dealContacts: many(dealContacts),
}));
export const dealContactsRelations = relations(dealContacts, ({ one }) => ({
  deal: one(deals, { fields: [dealContacts.dealId], references: [deals.id] }),
  contact: one(contacts, { fields: [dealContacts.contactId], references: [contacts.id] }),
}));

export type Deal = typeof deals.$inferSelect;
