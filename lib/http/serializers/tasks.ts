import { z } from "zod";
import { taskTypes, type Contact } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ConeAccount, ConeContact } from "@/lib/http/openapi/schemas";
import type { TaskView } from "@/lib/tasks/views";
import { coneAccount, coneContact } from "./cone";
import { ConeLead, coneLead } from "./leads";

const str = z.string().nullable();
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const fullName = (c: Contact) => [c.firstName, c.lastName].filter(Boolean).join(" ") || c.primaryEmail || "";

// ---------------------------------------------------------------------------------------------------
// The /api/tasks family: camelCase, {data, meta} envelopes (docs/api.md, REST conventions).

export const RestTask = z.object({
  id: z.uuid(),
  type: z.enum(taskTypes),
  title: z.string(),
  note: str,
  startAt: str,
  dueAt: str,
  completed: z.boolean(),
  completedAt: str,
  completedBy: z.uuid().nullable(),
  assigneeId: z.uuid().nullable(),
  assignee: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
  contactId: z.uuid().nullable(),
  contact: z.object({ id: z.uuid(), name: z.string(), email: str }).nullable(),
  accountId: z.uuid().nullable(),
  account: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  dealId: z.uuid().nullable(),
  deal: z.object({ id: z.uuid(), name: z.string(), status: z.enum(["open", "won", "lost"]) }).nullable(),
  customFields: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  modifiedAt: str,
  modifiedBy: z.uuid().nullable(),
});
export type RestTask = z.infer<typeof RestTask>;
export const RestTaskEnvelope = z.object({ data: RestTask });
export const RestTaskPage = z.object({
  data: z.array(RestTask),
  meta: z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int() }),
});

export function restTask(t: TaskView): RestTask {
  return {
    id: t.id,
    type: t.type,
    title: t.title,
    note: t.note,
    startAt: iso(t.startAt),
    dueAt: iso(t.endAt),
    completed: t.completedAt !== null,
    completedAt: iso(t.completedAt),
    completedBy: t.completedBy,
    assigneeId: t.assigneeId,
    assignee: t.assignee ? { id: t.assignee.id, name: t.assignee.name, email: t.assignee.email } : null,
    contactId: t.contactId,
    contact: t.contact ? { id: t.contact.id, name: fullName(t.contact), email: t.contact.primaryEmail } : null,
    accountId: t.accountId,
    account: t.account ? { id: t.account.id, name: t.account.name } : null,
    dealId: t.dealId,
    deal: t.deal ? { id: t.deal.id, name: t.deal.name, status: t.deal.status } : null,
    customFields: t.customFields,
    createdAt: t.createdAt.toISOString(),
    createdBy: t.createdBy,
    modifiedAt: iso(t.modifiedAt),
    modifiedBy: t.modifiedBy,
  };
}

// ---------------------------------------------------------------------------------------------------
// Document 003's Task (EventBase + type): full nested objects, as the document embeds them.

const Ref = z.object({ id: z.uuid() }).nullable();
/** SecurityObject: the assignee (always a user in Rapport: `isGroup` is false). */
const SecurityObject = z.object({
  id: z.uuid(),
  isGroup: z.boolean(),
  displayName: z.string(),
  email: z.string(),
  isBackEnd: z.boolean(),
  isDisableable: z.boolean(),
  isActive: z.boolean(),
  franchises: z.array(Ref),
  departments: z.array(Ref),
  assignationTypes: z.array(Ref),
  additionalTenants: z.array(Ref),
});

export const ConeTask = z.object({
  id: z.uuid(),
  type: z.enum(taskTypes),
  title: z.string(),
  note: str,
  start: str,
  end: str,
  taskDone: z.boolean(),
  notified: z.boolean(),
  edited: z.boolean(),
  assignee: SecurityObject.nullable(),
  tenant: z.object({ id: z.uuid(), name: z.string() }),
  connection: ConeLead.nullable(),
  contact: ConeContact.nullable(),
  account: ConeAccount.nullable(),
  dateCreated: z.string(),
  createdBy: Ref,
  dateModified: str,
  modifiedBy: Ref,
  isDeleted: z.boolean(),
  dateDeleted: str,
  deletedBy: Ref,
});
export type ConeTask = z.infer<typeof ConeTask>;

const ref = (id: string | null) => (id ? { id } : null);

export function coneTask(t: TaskView, ctx: Pick<Ctx, "tenantId" | "tenantName">): ConeTask {
  return {
    id: t.id,
    type: t.type,
    title: t.title,
    note: t.note,
    start: iso(t.startAt),
    end: iso(t.endAt),
    taskDone: t.completedAt !== null,
    notified: false,
    edited: t.modifiedAt !== null,
    assignee: t.assignee
      ? { id: t.assignee.id, isGroup: false, displayName: t.assignee.name, email: t.assignee.email, isBackEnd: false, isDisableable: true, isActive: t.assignee.isActive, franchises: [], departments: [], assignationTypes: [], additionalTenants: [] }
      : null,
    tenant: { id: ctx.tenantId, name: ctx.tenantName },
    connection: t.deal ? coneLead(t.deal) : null,
    contact: t.contact ? coneContact(t.contact) : null,
    account: t.account ? coneAccount(t.account) : null,
    dateCreated: t.createdAt.toISOString(),
    createdBy: ref(t.createdBy),
    dateModified: iso(t.modifiedAt),
    modifiedBy: ref(t.modifiedBy),
    isDeleted: t.isDeleted,
    dateDeleted: iso(t.deletedAt),
    deletedBy: ref(t.deletedBy),
  };
}
