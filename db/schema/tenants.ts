import { relations } from "drizzle-orm";
import { boolean, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { audit, id } from "./columns";

/** A workspace. Every business row belongs to exactly one. */
export const tenants = pgTable("tenants", {
  id: id(),
  name: text().notNull(),
  /** Industry template (document 003's `vertical`), e.g. "default" or "automotive". */
  vertical: text().notNull().default("default"),
  defaultCurrency: text().notNull().default("EUR"),
  ...audit,
});

/** A business unit inside a tenant (document 003's Franchise), e.g. one dealership or branch. */
export const franchises = pgTable(
  "franchises",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    code: text(),
    isActive: boolean().notNull().default(true),
    ...audit,
  },
  (t) => [index().on(t.tenantId)],
);

export const departments = pgTable(
  "departments",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    franchiseId: uuid().references(() => franchises.id),
    /** The pipeline new deals of this department go to (document 003's Department.pipeline). */
    pipelineId: uuid(),
    name: text().notNull(),
    ...audit,
  },
  (t) => [index().on(t.tenantId), index().on(t.franchiseId)],
);

export const franchisesRelations = relations(franchises, ({ many }) => ({ departments: many(departments) }));
export const departmentsRelations = relations(departments, ({ one }) => ({
  franchise: one(franchises, { fields: [departments.franchiseId], references: [franchises.id] }),
}));

export type Tenant = typeof tenants.$inferSelect;
export type Franchise = typeof franchises.$inferSelect;
export type Department = typeof departments.$inferSelect;
