import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { accounts, automationRunSteps, automationRuns, contacts, customFields, customFieldValues, deals, tasks, users } from "@/db/schema";
import { diff, recordActivity } from "@/lib/activity/record";
import { isAppError } from "@/lib/errors";
import { emitDealChange, emitEvent } from "@/lib/events/emit";
import { stageState, topOfColumn } from "@/lib/deals/placement";
import { getStage } from "@/lib/pipelines/resolve";
import { RECORD_FIELDS } from "../catalog";
import type { ACTION_CONFIGS } from "../graph";
import { renderTemplate } from "../record";
import { needRecord, PermanentError, type ActionArgs } from "./types";

type Cfg<K extends keyof typeof ACTION_CONFIGS> = z.infer<(typeof ACTION_CONFIGS)[K]>;
const TABLES = { deal: deals, contact: contacts, account: accounts, task: tasks } as const;

function coerce(kind: "text" | "number" | "date" | "boolean", value: unknown, field: string): unknown {
  if (value === null) return null;
  if (kind === "number") {
    const n = typeof value === "number" ? value : Number(value);
    if (Number.isNaN(n)) throw new PermanentError(`${field}: "${String(value)}" is not a number`);
    return field === "amount" ? String(n) : n;
  }
  if (kind === "boolean") return value === true || value === "true";
  if (kind === "date") {
    const s = String(value);
    if (Number.isNaN(Date.parse(s))) throw new PermanentError(`${field}: "${s}" is not a date`);
    return field === "expectedCloseDate" ? s.slice(0, 10) : new Date(s);
  }
  return String(value);
}

/** update_record: sets built-in fields (templates allowed in text) and custom fields (`custom.<name>`). */
export async function updateRecord({ tx, ctx, config, record, vars, dryRun }: ActionArgs<Cfg<"update_record">>) {
  const rec = needRecord(record);
  const columns: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(config.fields)) {
    const value = typeof raw === "string" ? renderTemplate(raw, vars) : raw;
    if (field.startsWith("custom.")) custom[field.slice(7)] = value;
    else {
      const kind = RECORD_FIELDS[rec.type][field];
      if (!kind) throw new PermanentError(`${field} is not a writable ${rec.type} field`);
      columns[field] = coerce(kind, value, field);
    }
  }
  const changes = diff(rec.fields, columns);
  if (dryRun) return { wouldSet: { ...columns, ...Object.fromEntries(Object.entries(custom).map(([k, v]) => [`custom.${k}`, v])) } };
  const table = TABLES[rec.type];
  if (Object.keys(changes).length) {
    await tx.update(table).set({ ...columns, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(and(eq(table.id, rec.id), eq(table.tenantId, ctx.tenantId)));
  }
  for (const [name, value] of Object.entries(custom)) {
    const [def] = await tx.select().from(customFields).where(and(eq(customFields.tenantId, ctx.tenantId), eq(customFields.entity, rec.type), eq(customFields.fieldName, name), sql`not ${customFields.isDeleted}`));
    if (!def) throw new PermanentError(`custom.${name}: no such custom field`);
    const typed =
      def.fieldType === "number" ? { valueNumber: value === null ? null : String(coerce("number", value, name)) }
      : def.fieldType === "boolean" ? { valueBool: value === null ? null : (coerce("boolean", value, name) as boolean) }
      : def.fieldType === "date" || def.fieldType === "datetime" ? { valueDate: value === null ? null : (coerce("date", value, name) as Date) }
      : def.fieldType === "multiselect" ? { valueJson: value }
      : { valueText: value === null ? null : String(value) };
    await tx
      .insert(customFieldValues)
      .values({ tenantId: ctx.tenantId, fieldId: def.id, entity: rec.type, recordId: rec.id, ...typed })
      .onConflictDoUpdate({ target: [customFieldValues.fieldId, customFieldValues.recordId], set: { ...typed, modifiedAt: new Date() } });
    const before = rec.fields[`custom.${name}`] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(value)) changes[`custom.${name}`] = { from: before, to: value };
  }
  if (Object.keys(changes).length) {
    await recordActivity(tx, ctx, { entity: rec.type, recordId: rec.id, action: "updated", changes });
    if (rec.type === "deal") await emitDealChange(tx, ctx, rec.fields as never, rec.fields as never, changes);
    if (rec.type === "contact") await emitEvent(tx, ctx, { name: "contact.updated", record: { type: "contact", id: rec.id }, data: { changes } });
  }
  return { changed: Object.keys(changes) };
}

/** move_stage: moves the deal like the board does (status, probability, lifecycle dates follow). */
export async function moveStage({ tx, ctx, config, record, dryRun }: ActionArgs<Cfg<"move_stage">>) {
  const rec = needRecord(record, "deal");
  const stage = await getStage(tx, ctx, config.stageId, "stageId").catch((e) => {
    throw isAppError(e) ? new PermanentError(`stage ${config.stageId} does not exist`) : e;
  });
  const before = rec.fields as { id: string; stageId: string; status: string; closedAt: Date | null; wonAt: Date | null; lostAt: Date | null };
  if (before.stageId === stage.id) return { unchanged: true, stage: { id: stage.id, name: stage.name } };
  if (dryRun) return { wouldMoveTo: { id: stage.id, name: stage.name } };
  const state = stageState(stage, new Date(), before as never);
  await tx.update(deals).set({ ...state, position: await topOfColumn(tx, ctx, stage.id), modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(deals.id, rec.id));
  await recordActivity(tx, ctx, { entity: "deal", recordId: rec.id, action: "stage_changed", changes: diff(before, state, ["stageId", "pipelineId", "status", "probability"]) });
  await emitDealChange(tx, ctx, { id: rec.id, stageId: before.stageId, status: before.status }, { id: rec.id, stageId: stage.id, status: stage.kind }, {});
  return { stage: { id: stage.id, name: stage.name } };
}

async function activeUser(ax: ActionArgs<unknown>, id: string) {
  const [u] = await ax.tx.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.id, id), eq(users.tenantId, ax.ctx.tenantId), eq(users.isActive, true), sql`not ${users.isDeleted}`));
  return u ?? null;
}

/**
 * assign_owner: a fixed user, or the next of a team in turn. The turn is the number of earlier
 * assignments by this node, counted under an advisory lock so that concurrent runs take distinct turns.
 */
export async function assignOwner(ax: ActionArgs<Cfg<"assign_owner">>) {
  const { tx, ctx, config, record, dryRun } = ax;
  const rec = needRecord(record);
  if (rec.type === "task") throw new PermanentError("tasks have an assignee, not an owner: use update_record");
  let userId: string;
  if (config.mode === "fixed") userId = config.userId;
  else {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`round-robin:${ax.automation.id}:${ax.nodeId}`}, 0))`);
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(automationRunSteps)
      .innerJoin(automationRuns, eq(automationRuns.id, automationRunSteps.runId))
      .where(and(eq(automationRuns.automationId, ax.automation.id), eq(automationRuns.isTest, false), eq(automationRunSteps.nodeId, ax.nodeId), eq(automationRunSteps.status, "succeeded")))) as [{ n: number }];
    userId = config.userIds[n % config.userIds.length]!;
  }
  const user = await activeUser(ax, userId);
  if (!user) throw new PermanentError(`user ${userId} does not exist or is inactive`);
  if (dryRun) return { wouldAssign: user };
  if (rec.ownerId !== user.id) {
    const table = TABLES[rec.type];
    await tx.update(table).set({ ownerId: user.id, modifiedAt: new Date(), modifiedBy: ctx.userId } as never).where(eq(table.id, rec.id));
    const changes = { ownerId: { from: rec.ownerId, to: user.id } };
    await recordActivity(tx, ctx, { entity: rec.type, recordId: rec.id, action: "updated", changes });
    if (rec.type === "deal") await emitDealChange(tx, ctx, rec.fields as never, rec.fields as never, changes);
  }
  return { owner: user };
}

/** add_note: a note on the record's timeline. */
export async function addNote({ tx, ctx, config, record, vars, dryRun }: ActionArgs<Cfg<"add_note">>) {
  const rec = needRecord(record);
  const note = renderTemplate(config.note, vars);
  if (!dryRun) await recordActivity(tx, ctx, { entity: rec.type, recordId: rec.id, action: "note", note });
  return dryRun ? { wouldNote: note } : { note };
}
