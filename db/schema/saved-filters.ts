import { boolean, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { audit, id } from "./columns";
import { entityType } from "./enums";
import { tenants } from "./tenants";
import { users } from "./users";

/** A react-querybuilder query for one entity, owned by a user, private or shared with the workspace. */
export const savedFilters = pgTable(
  "saved_filters",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    ownerId: uuid().notNull().references(() => users.id),
    name: text().notNull(),
    module: entityType().notNull(),
    query: jsonb().$type<Record<string, unknown>>().notNull(),
    isPrivate: boolean().notNull().default(true),
    ...audit,
  },
  (t) => [index().on(t.tenantId, t.module)],
);

export type SavedFilter = typeof savedFilters.$inferSelect;
