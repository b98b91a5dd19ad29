import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { audit, id, timestamptz } from "./columns";
import { userRole } from "./enums";
import { departments, franchises, tenants } from "./tenants";

/**
 * A person who signs in. Emails are unique across the whole installation (case-insensitive) because
 * sign-in asks only for an email, not for a workspace.
 */
export const users = pgTable(
  "users",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: userRole().notNull().default("USER"),
    isActive: boolean().notNull().default(true),
    /** UI language: en, fr or ar. */
    locale: text().notNull().default("en"),
    /** Set when an admin handed over a temporary password: every other request is refused until it is changed. */
    mustChangePassword: boolean().notNull().default(false),
    franchiseId: uuid().references(() => franchises.id),
    departmentId: uuid().references(() => departments.id),
    lastLoginAt: timestamptz(),
    ...audit,
  },
  (t) => [uniqueIndex("users_email_uq").on(sql`lower(${t.email})`), index().on(t.tenantId)],
);

/** An API key. Only the SHA-256 of the key is stored; the key itself is shown once at creation. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** The first characters of the key, so that a person can recognise it in a list. */
    prefix: text().notNull(),
    keyHash: text().notNull(),
    lastUsedAt: timestamptz(),
    expiresAt: timestamptz(),
    ...audit,
  },
  (t) => [uniqueIndex("api_keys_key_hash_uq").on(t.keyHash), index().on(t.tenantId, t.userId)],
);

/**
 * Fixed-window counters for rate limits (failed sign-ins, token requests). Kept in PostgreSQL so that
 * every app instance shares them.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  windowStart: timestamptz().notNull(),
  count: integer().notNull().default(0),
});

export type User = typeof users.$inferSelect;
export type ApiKey = typeof apiKeys.$inferSelect;
