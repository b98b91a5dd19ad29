import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { automations, type EntityType, type FieldChange } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { enqueue } from "@/lib/automation/queue";
import type { DomainEvent, EventName } from "./types";

/**
 * The one emitter of domain events. Record verbs call it inside their transaction: the event is written
 * to the durable job queue in that transaction, so it exists exactly when the change commits, and
 * workers are woken when it does. The automation engine matches it against active automations.
 *
 * Only events that an active automation of the workspace has as its trigger are queued: the automation
 * engine is their only consumer, and queueing the rest (most events of most workspaces) cost every write
 * a job insert, a wake-up and a worker transaction for nothing. An automation activated later reacts to
 * the changes made after it is active.
 */
export async function emitEvent(tx: DbOrTx, ctx: Ctx, event: NewEvent): Promise<void> {
  await emitEvents(tx, ctx, [event]);
}

export type NewEvent = { name: EventName; record: { type: EntityType; id: string }; data?: DomainEvent["data"] };

/** The triggers among `names` that an active automation of the tenant listens to. */
async function listenedTriggers(tx: DbOrTx, tenantId: string, names: EventName[]): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ trigger: automations.automationTrigger })
    .from(automations)
    .where(and(eq(automations.tenantId, tenantId), inArray(automations.automationTrigger, names), eq(automations.isActive, true), sql`not ${automations.isDeleted}`));
  return new Set(rows.map((r) => r.trigger));
}

/** Several events of one change, written to the queue with one statement (and one wake-up). */
export async function emitEvents(tx: DbOrTx, ctx: Ctx, events: NewEvent[]): Promise<void> {
  if (!events.length) return;
  const listened = await listenedTriggers(tx, ctx.tenantId, [...new Set(events.map((e) => e.name))]);
  const due = events.filter((e) => listened.has(e.name));
  if (!due.length) return;
  const at = new Date().toISOString();
  await enqueue(
    tx,
    due.map((event) => {
      const payload: DomainEvent = {
        name: event.name,
        tenantId: ctx.tenantId,
        record: event.record,
        actorId: ctx.userId,
        data: event.data ?? {},
        depth: ctx.automation ? ctx.automation.depth + 1 : 0,
        chain: ctx.automation ? [ctx.automation.automationId] : [],
        at,
      };
      return { tenantId: ctx.tenantId, kind: "event" as const, payload: payload as unknown as Record<string, unknown> };
    }),
  );
}

type StageMoveDeal = { id: string; stageId: string; status: string };

/**
 * The events of one deal update: `deal.stage_changed` (and `deal.won` / `deal.lost` when the move
 * closes it) for a move, `deal.updated` for changed fields.
 */
export async function emitDealChange(
  tx: DbOrTx,
  ctx: Ctx,
  before: StageMoveDeal,
  after: StageMoveDeal,
  changes: Record<string, FieldChange>,
): Promise<void> {
  const record = { type: "deal" as const, id: before.id };
  if (before.stageId !== after.stageId) {
    await emitEvent(tx, ctx, { name: "deal.stage_changed", record, data: { fromStageId: before.stageId, toStageId: after.stageId } });
    if (after.status !== before.status && after.status === "won") await emitEvent(tx, ctx, { name: "deal.won", record, data: { toStageId: after.stageId } });
    if (after.status !== before.status && after.status === "lost") await emitEvent(tx, ctx, { name: "deal.lost", record, data: { toStageId: after.stageId } });
  }
  if (Object.keys(changes).length) await emitEvent(tx, ctx, { name: "deal.updated", record, data: { changes } });
}

/**
 * The event of one contact change, whoever makes it (contact verbs, contacts created from a deal's
 * contact fields, automation actions): `contact.created`, or `contact.updated` with its changes (no
 * event when nothing changed).
 */
export async function emitContactChange(tx: DbOrTx, ctx: Ctx, id: string, change: "created" | Record<string, FieldChange>): Promise<void> {
  const record = { type: "contact" as const, id };
  if (change === "created") return emitEvent(tx, ctx, { name: "contact.created", record });
  if (Object.keys(change).length) await emitEvent(tx, ctx, { name: "contact.updated", record, data: { changes: change } });
}
