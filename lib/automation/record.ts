import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accounts, contacts, customFields, customFieldValues, deals, stages, tasks, users, type EntityType } from "@/db/schema";

/** The triggering record as the engine sees it: flat fields for conditions, variables for templates. */
export type RecordSnapshot = {
  type: EntityType;
  id: string;
  /** Column values by their camelCase name, plus `custom.<fieldName>` for custom fields. */
  fields: Record<string, unknown>;
  /** Nested objects for `{{deal.name}}`-style templates. */
  vars: Record<string, Record<string, unknown>>;
  ownerId: string | null;
};

const TABLES = { deal: deals, contact: contacts, account: accounts, task: tasks } as const;

async function userVars(tx: DbOrTx, tenantId: string, id: string | null) {
  if (!id) return {};
  const [u] = await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(and(eq(users.id, id), eq(users.tenantId, tenantId)));
  return u ?? {};
}

async function customValues(tx: DbOrTx, tenantId: string, type: EntityType, id: string): Promise<Record<string, unknown>> {
  const rows = await tx
    .select({ name: customFields.fieldName, t: customFieldValues.valueText, n: customFieldValues.valueNumber, d: customFieldValues.valueDate, b: customFieldValues.valueBool, j: customFieldValues.valueJson })
    .from(customFieldValues)
    .innerJoin(customFields, eq(customFields.id, customFieldValues.fieldId))
    .where(and(eq(customFieldValues.tenantId, tenantId), eq(customFieldValues.entity, type), eq(customFieldValues.recordId, id)));
  return Object.fromEntries(rows.map((r) => [`custom.${r.name}`, r.t ?? (r.n !== null ? Number(r.n) : null) ?? r.d?.toISOString() ?? r.b ?? r.j]));
}

/** Loads a live record of the tenant, or null when it is gone (deleted since the event). */
export async function loadRecord(tx: DbOrTx, tenantId: string, type: EntityType, id: string): Promise<RecordSnapshot | null> {
  const table = TABLES[type];
  const [row] = (await tx
    .select()
    .from(table)
    .where(and(eq(table.id, id), eq(table.tenantId, tenantId), sql`not ${table.isDeleted}`))
    .limit(1)) as Record<string, unknown>[];
  if (!row) return null;
  const fields: Record<string, unknown> = { ...row, ...(await customValues(tx, tenantId, type, id)) };
  if (type === "deal" && row.amount !== null) fields.amount = Number(row.amount);
  const ownerId = ((type === "task" ? row.assigneeId : row.ownerId) as string | null) ?? null;
  const vars: RecordSnapshot["vars"] = { [type]: { ...fields, email: row.primaryEmail ?? undefined }, owner: await userVars(tx, tenantId, ownerId) };
  if (type === "deal") {
    const [stage] = await tx.select({ id: stages.id, name: stages.name }).from(stages).where(eq(stages.id, row.stageId as string));
    vars.stage = stage ?? {};
    if (row.primaryContactId) {
      const [c] = await tx.select().from(contacts).where(eq(contacts.id, row.primaryContactId as string));
      if (c) vars.contact = { ...c, email: c.primaryEmail };
    }
    if (row.accountId) {
      const [a] = await tx.select().from(accounts).where(eq(accounts.id, row.accountId as string));
      if (a) vars.account = a;
    }
  }
  if (type === "task" && row.dealId) {
    const [d] = await tx.select().from(deals).where(eq(deals.id, row.dealId as string));
    if (d) vars.deal = d;
  }
  return { type, id, fields, vars, ownerId };
}

/** Replaces `{{path.to.value}}` with the variable's value (empty when unknown). Dates print as ISO. */
export function renderTemplate(template: string, vars: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, path: string) => {
    let v: unknown = vars;
    for (const part of path.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
    if (v instanceof Date) return v.toISOString();
    return v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  });
}
