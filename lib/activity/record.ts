import { activities, type EntityType, type FieldChange } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { changeSource, type Ctx } from "@/lib/auth/context";

/** Normalises values for comparison and storage (dates as ISO strings, undefined as null). */
const norm = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);

/** The fields of `after` whose value differs from `before`, as {field: {from, to}}. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>, fields?: readonly string[]): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of fields ?? Object.keys(after)) {
    if (after[key] === undefined) continue;
    const from = norm(before[key]);
    const to = norm(after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

export type ActivityEntry = { entity: EntityType; recordId: string; action: string; changes?: Record<string, FieldChange>; note?: string };

/** The timeline row of an entry made by `ctx`. */
const activityRow = (ctx: Ctx, via: ReturnType<typeof changeSource>, entry: ActivityEntry) => ({
  tenantId: ctx.tenantId,
  entity: entry.entity,
  recordId: entry.recordId,
  action: entry.action,
  changes: entry.changes ?? {},
  note: entry.note ?? null,
  actorId: ctx.userId,
  via,
});

/** Appends one entry to a record's timeline, inside the caller's transaction; answers its id. */
export async function recordActivity(tx: DbOrTx, ctx: Ctx, entry: ActivityEntry): Promise<string> {
  const [row] = await tx.insert(activities).values(activityRow(ctx, changeSource(ctx), entry)).returning({ id: activities.id });
  return row!.id;
}

/** Appends several entries (in this order) with one statement, inside the caller's transaction. */
export async function recordActivities(tx: DbOrTx, ctx: Ctx, entries: ActivityEntry[]): Promise<void> {
  if (!entries.length) return;
  const via = changeSource(ctx);
  await tx.insert(activities).values(entries.map((entry) => activityRow(ctx, via, entry)));
}
