import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import { db } from "@/db/client";
import { liveFields } from "@/lib/custom-fields/definitions";
import type { FieldOptions } from "@/lib/custom-fields/schemas";
import { accounts, activities, contacts, pipelines, stages, users, type EntityType, type FieldChange } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { invalidField } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { parseInput } from "@/lib/validation";
import { ListActivitiesQuery } from "./schemas";

/** One entry of a record's timeline, ready to show: who (by name), when, what changed. */
export type TimelineEntry = {
  id: string;
  entity: EntityType;
  recordId: string;
  action: string;
  changes: Record<string, FieldChange>;
  note: string | null;
  via: string;
  at: string;
  actor: { id: string; name: string } | null;
};

export type TimelinePage = {
  entries: TimelineEntry[];
  /** Display names of the ids the changes mention (stages, pipelines, users, contacts, accounts). */
  labels: Record<string, string>;
  /** Pass it back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
  limit: number;
};

/**
 * The cursor carries PostgreSQL's own text of the timestamp (microseconds; a JavaScript Date keeps only
 * milliseconds, which would skip entries written in the same millisecond).
 */
const encodeCursor = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString("base64url");
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  if (!at || !PG_TIMESTAMP.test(at) || !isUuid(id)) throw invalidField("cursor", "is not a cursor of this timeline");
  return { at, id };
}

/** Every id mentioned as a value in the changes, so that the page can show names instead of UUIDs. */
function referencedIds(rows: { changes: Record<string, FieldChange> }[]): string[] {
  const ids = new Set<string>();
  for (const { changes } of rows) {
    for (const change of Object.values(changes)) {
      for (const v of [change.from, change.to]) if (isUuid(v)) ids.add(v);
    }
  }
  return [...ids];
}

/** Names of the given ids, looked up in the caller's workspace only. */
async function labelsFor(ctx: Ctx, ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const t = ctx.tenantId;
  const contactName = sql<string>`trim(coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, ''))`;
  const found = await Promise.all([
    db.select({ id: stages.id, name: stages.name }).from(stages).where(and(eq(stages.tenantId, t), anyOf(stages.id, ids))),
    db.select({ id: pipelines.id, name: pipelines.name }).from(pipelines).where(and(eq(pipelines.tenantId, t), anyOf(pipelines.id, ids))),
    db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, t), anyOf(users.id, ids))),
    db.select({ id: accounts.id, name: accounts.name }).from(accounts).where(and(eq(accounts.tenantId, t), anyOf(accounts.id, ids))),
    db.select({ id: contacts.id, name: sql<string>`coalesce(nullif(${contactName}, ''), ${contacts.primaryEmail}, '')` }).from(contacts).where(and(eq(contacts.tenantId, t), anyOf(contacts.id, ids))),
  ]);
  return Object.fromEntries(found.flat().map((r) => [r.id, r.name]));
}

/**
 * The labels of the custom fields the changes mention, keyed as the changes are (`customFields.tier`), and of
 * their choices (`customFields.tier=gold`), so that the timeline reads "Tier: Gold" rather than a stored key.
 */
async function customFieldLabels(ctx: Ctx, entity: EntityType, rows: { changes: Record<string, FieldChange> }[]): Promise<Record<string, string>> {
  const mentioned = new Set(rows.flatMap(({ changes }) => Object.keys(changes).filter((k) => k.startsWith(CUSTOM))));
  if (mentioned.size === 0) return {};
  const out: Record<string, string> = {};
  for (const field of await liveFields(db, ctx.tenantId, entity)) {
    const key = CUSTOM + field.fieldName;
    if (!mentioned.has(key)) continue;
    out[key] = field.label;
    for (const choice of (field.options as FieldOptions).choices ?? []) out[`${key}=${choice.value}`] = choice.label;
  }
  return out;
}
const CUSTOM = "customFields.";

/**
 * A record's timeline, newest first, one page at a time (keyset paging on (at, id), so a page is as
 * fast on a record with 100,000 entries as on one with ten). Scoped to the caller's workspace: another
 * workspace's record simply has no entries. Actor names come with each entry.
 */
export async function listActivities({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<TimelinePage> {
  const q = parseInput(ListActivitiesQuery, query);
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  const rows = await db
    .select({ activity: activities, actorName: users.name, atText: sql<string>`${activities.at}::text` })
    .from(activities)
    .leftJoin(users, and(eq(users.id, activities.actorId), eq(users.tenantId, activities.tenantId)))
    .where(
      and(
        eq(activities.tenantId, ctx.tenantId),
        eq(activities.entity, q.entity),
        eq(activities.recordId, q.recordId),
        cursor ? or(sql`${activities.at} < ${cursor.at}::timestamptz`, and(sql`${activities.at} = ${cursor.at}::timestamptz`, lt(activities.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(activities.at), desc(activities.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const entries = page.map(({ activity: a, actorName }): TimelineEntry => ({
    id: a.id,
    entity: a.entity,
    recordId: a.recordId,
    action: a.action,
    changes: a.changes,
    note: a.note,
    via: a.via,
    at: a.at.toISOString(),
    actor: a.actorId && actorName !== null ? { id: a.actorId, name: actorName } : null,
  }));
  const [idLabels, fieldLabels] = await Promise.all([labelsFor(ctx, referencedIds(entries)), customFieldLabels(ctx, q.entity, entries)]);
  return {
    entries,
    labels: { ...idLabels, ...fieldLabels },
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.atText, last.activity.id) : null,
    limit: q.limit,
  };
}
