import { and, asc, eq, sql, type AnyColumn } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { accounts, contacts, customFields, deals, leadSources, pipelines, stages, tasks, users, type EntityType } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { BUILT_IN, customFieldDef } from "./fields";
import type { EntityName, FieldDef, FieldInfo, FieldOption, OptionSource } from "./types";

/** The filterable entities, in the order the API lists them. */
export const ENTITIES: readonly EntityName[] = ["contact", "account", "deal", "task"];

/** Labels of the entities (English; the UI translates them). */
export const ENTITY_LABELS: Record<EntityName, string> = { contact: "Contacts", account: "Accounts", deal: "Deals", task: "Tasks" };

const ALIASES: Record<string, EntityName> = {
  contact: "contact",
  contacts: "contact",
  account: "account",
  accounts: "account",
  deal: "deal",
  deals: "deal",
  lead: "deal",
  leads: "deal",
  connection: "deal",
  connections: "deal",
  task: "task",
  tasks: "task",
};

/**
 * The entity a path segment or a saved filter's `module` names. Document 003 calls deals "leads" or
 * "connections"; plurals and any letter case are accepted. Returns null for anything else.
 */
export function parseEntity(name: unknown): EntityName | null {
  if (typeof name !== "string") return null;
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

/** Like parseEntity, but an unknown entity is a 404. */
export function resolveEntity(name: unknown): EntityName {
  const entity = parseEntity(name);
  if (!entity) throw notFound(`Entity "${String(name).slice(0, 60)}"`);
  return entity;
}

/** The table of an entity's records. */
export const ENTITY_TABLES = { contact: contacts, account: accounts, deal: deals, task: tasks } as const;

/** The workspace's live custom field definitions of an entity, in their display order. */
async function customDefs(tx: DbOrTx, ctx: Pick<Ctx, "tenantId">, entity: EntityType) {
  return tx
    .select()
    .from(customFields)
    .where(and(eq(customFields.tenantId, ctx.tenantId), eq(customFields.entity, entity), sql`not ${customFields.isDeleted}`))
    .orderBy(asc(customFields.position), asc(customFields.label));
}

/** Every field of an entity for a workspace: built-in fields, relations and custom fields. */
export async function entityFields(ctx: Pick<Ctx, "tenantId">, entity: EntityName, tx: DbOrTx = db): Promise<FieldDef[]> {
  const custom = await customDefs(tx, ctx, entity);
  return [...BUILT_IN[entity], ...custom.map((d) => customFieldDef(entity, d))];
}

/** The choices of fields that point at the workspace's own records, loaded once per request. */
async function loadOptions(tx: DbOrTx, ctx: Pick<Ctx, "tenantId">, needed: Set<OptionSource>): Promise<Partial<Record<OptionSource, FieldOption[]>>> {
  const out: Partial<Record<OptionSource, FieldOption[]>> = {};
  const live = (t: { tenantId: AnyColumn; isDeleted: AnyColumn }) => and(eq(t.tenantId, ctx.tenantId), sql`not ${t.isDeleted}`);
  await Promise.all([
    needed.has("users") &&
      tx.select({ id: users.id, name: users.name }).from(users).where(live(users)).orderBy(asc(users.name)).then((rows) => {
        out.users = rows.map((r) => ({ value: r.id, label: r.name }));
      }),
    needed.has("pipelines") &&
      tx.select({ id: pipelines.id, name: pipelines.name }).from(pipelines).where(live(pipelines)).orderBy(asc(pipelines.position), asc(pipelines.name)).then((rows) => {
        out.pipelines = rows.map((r) => ({ value: r.id, label: r.name }));
      }),
    needed.has("stages") &&
      tx
        .select({ id: stages.id, name: stages.name, pipeline: pipelines.name })
        .from(stages)
        .leftJoin(pipelines, eq(pipelines.id, stages.pipelineId))
        .where(live(stages))
        .orderBy(asc(pipelines.position), asc(pipelines.name), asc(stages.position))
        .then((rows) => {
          out.stages = rows.map((r) => ({ value: r.id, label: r.name, ...(r.pipeline ? { group: r.pipeline } : {}) }));
        }),
    needed.has("sources") &&
      tx.select({ id: leadSources.id, name: leadSources.name }).from(leadSources).where(live(leadSources)).orderBy(asc(leadSources.name)).then((rows) => {
        out.sources = rows.map((r) => ({ value: r.id, label: r.name }));
      }),
  ]);
  return out;
}

/** The public description of an entity's fields, with the workspace's choices filled in. */
export async function describeFields(ctx: Pick<Ctx, "tenantId">, entity: EntityName, tx: DbOrTx = db): Promise<FieldInfo[]> {
  const defs = await entityFields(ctx, entity, tx);
  const needed = new Set(defs.map((d) => d.optionSource).filter((s): s is OptionSource => !!s));
  const options = await loadOptions(tx, ctx, needed);
  return defs.map((def) => {
    const { target: _target, ...info } = def;
    void _target;
    return def.optionSource ? { ...info, options: options[def.optionSource] ?? [] } : info;
  });
}
