import { index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";
import { tenants } from "./tenants";

/**
 * Responses remembered for `Idempotency-Key` retries: the same key and request within 24 hours replays
 * the first response instead of writing again. `status` is null while the first request is running.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    key: text().notNull(),
    /** SHA-256 of method, path and body: the same key with another request is a 409. */
    requestHash: text().notNull(),
    status: integer(),
    contentType: text(),
    body: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] }), index().on(t.createdAt)],
);
