import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { audit, id, timestamptz } from "./columns";
import { accounts, contacts } from "./customers";
import { deals } from "./deals";
import { taskType } from "./enums";
import { tenants } from "./tenants";
import { users } from "./users";

/** A to-do for a person: call, meeting, follow-up… (document 003's Task, an EventBase). */
export const tasks = pgTable(
  "tasks",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    type: taskType().notNull().default("OTHER"),
    title: text().notNull(),
    note: text(),
    startAt: timestamptz(),
    /** When the task is due. */
    endAt: timestamptz(),
    completedAt: timestamptz(),
    completedBy: uuid(),
    assigneeId: uuid().references(() => users.id),
    contactId: uuid().references(() => contacts.id),
    accountId: uuid().references(() => accounts.id),
    dealId: uuid().references(() => deals.id),
    ...audit,
  },
  (t) => [
    index("tasks_open_by_assignee").on(t.tenantId, t.assigneeId, t.endAt).where(sql`${t.completedAt} is null and not ${t.isDeleted}`),
    index().on(t.dealId),
    index().on(t.contactId),
    index().on(t.accountId),
  ],
);

export type Task = typeof tasks.$inferSelect;
