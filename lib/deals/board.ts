import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, contacts, deals, pipelines, stages, tasks, users, type DealStatus } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { invalidField } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { defaultPipeline, getPipeline, getStage } from "@/lib/pipelines/resolve";
import { containsPattern, likeLower } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { savedFilterCondition } from "./board-filter";
import { BoardColumnQuery, BoardFilters } from "./schemas";

/** What a board card shows, and nothing more (the board of 20,000 deals stays light). */
export type BoardCard = {
  id: string;
  name: string;
  amount: number | null;
  currency: string;
  status: DealStatus;
  stageId: string;
  position: string;
  stageChangedAt: string;
  expectedCloseDate: string | null;
  account: { id: string; name: string } | null;
  contact: { id: string; name: string } | null;
  owner: { id: string; name: string } | null;
  nextTask: { id: string; title: string; dueAt: string | null } | null;
  /** The next open task is past due, or the expected close date of an open deal has passed. */
  overdue: boolean;
};

export type BoardTotal = { currency: string; amount: number; weighted: number };
export type BoardColumn = {
  stage: { id: string; name: string; color: string; kind: DealStatus; probability: number };
  count: number;
  /** Per currency: amounts in different currencies are never added together. */
  totals: BoardTotal[];
  cards: BoardCard[];
  nextCursor: string | null;
};
export type Board = {
  pipeline: { id: string; name: string };
  pipelines: { id: string; name: string }[];
  columns: BoardColumn[];
};

/** A deal matches a search by its name, its account's name, or its primary contact's name or email. */
export function dealSearch(text: string): SQL {
  const p = containsPattern(text);
  return or(
    likeLower(deals.name, p),
    sql`exists (select 1 from ${accounts} where ${accounts.id} = ${deals.accountId} and ${likeLower(accounts.name, p)})`,
    sql`exists (select 1 from ${contacts} where ${contacts.id} = ${deals.primaryContactId} and ((coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, '')) ilike ${p} or lower(${contacts.primaryEmail}) like lower(${p})))`,
  )!;
}

/** The board's filters as one SQL condition on `deals` (shared by the cards and the column totals). */
async function filterCondition(ctx: Ctx, f: BoardFilters): Promise<SQL> {
  const conditions: (SQL | undefined)[] = [eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`];
  if (f.owner === "me") conditions.push(eq(deals.ownerId, ctx.userId));
  else if (f.owner !== "anyone") conditions.push(eq(deals.ownerId, f.owner));
  if (f.status !== "all") conditions.push(eq(deals.status, f.status));
  if (f.q) conditions.push(dealSearch(f.q));
  if (f.filter) conditions.push(await savedFilterCondition(ctx, f.filter));
  return and(...conditions)!;
}

const cursorOf = (position: string, id: string) => Buffer.from(`${position}|${id}`).toString("base64url");
function readCursor(cursor: string): { position: string; id: string } {
  const [position, id] = Buffer.from(cursor, "base64url").toString().split("|");
  if (!position || !/^[0-9A-Za-z]+$/.test(position) || !isUuid(id)) throw invalidField("cursor", "is not a cursor of this column");
  return { position, id };
}

const CARD_COLUMNS = {
  id: deals.id,
  name: deals.name,
  amount: deals.amount,
  currency: deals.currency,
  status: deals.status,
  stageId: deals.stageId,
  position: deals.position,
  stageChangedAt: deals.stageChangedAt,
  expectedCloseDate: deals.expectedCloseDate,
  accountId: deals.accountId,
  contactId: deals.primaryContactId,
  ownerId: deals.ownerId,
};
type CardRow = { [K in keyof typeof CARD_COLUMNS]: (typeof deals.$inferSelect)[K extends "contactId" ? "primaryContactId" : K] };

/** Names, next open tasks and overdue flags for a set of card rows: three queries, whatever the count. */
async function toCards(ctx: Ctx, rows: CardRow[]): Promise<BoardCard[]> {
  if (rows.length === 0) return [];
  const ids = (pick: (r: CardRow) => string | null) => [...new Set(rows.map(pick).filter((v): v is string => !!v))];
  const accountIds = ids((r) => r.accountId);
  const contactIds = ids((r) => r.contactId);
  const ownerIds = ids((r) => r.ownerId);
  const t = ctx.tenantId;
  const [accountRows, contactRows, ownerRows, taskRows] = await Promise.all([
    accountIds.length ? db.select({ id: accounts.id, name: accounts.name }).from(accounts).where(and(eq(accounts.tenantId, t), inArray(accounts.id, accountIds))) : [],
    contactIds.length
      ? db
          .select({ id: contacts.id, name: sql<string>`coalesce(nullif(trim(coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, '')), ''), ${contacts.primaryEmail}, '')` })
          .from(contacts)
          .where(and(eq(contacts.tenantId, t), inArray(contacts.id, contactIds)))
      : [],
    ownerIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, t), inArray(users.id, ownerIds))) : [],
    db
      .selectDistinctOn([tasks.dealId], { dealId: tasks.dealId, id: tasks.id, title: tasks.title, dueAt: tasks.endAt })
      .from(tasks)
      .where(and(eq(tasks.tenantId, t), inArray(tasks.dealId, rows.map((r) => r.id)), sql`${tasks.completedAt} is null`, sql`not ${tasks.isDeleted}`))
      .orderBy(tasks.dealId, sql`${tasks.endAt} asc nulls last`, asc(tasks.id)),
  ]);
  const name = (list: { id: string; name: string }[]) => new Map(list.map((r) => [r.id, r.name]));
  const accountNames = name(accountRows);
  const contactNames = name(contactRows);
  const ownerNames = name(ownerRows);
  const nextTasks = new Map(taskRows.map((r) => [r.dealId!, r]));
  const now = Date.now();
  const today = new Date().toISOString().slice(0, 10);
  const ref = (id: string | null, names: Map<string, string>) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
  return rows.map((r) => {
    const task = nextTasks.get(r.id);
    const taskOverdue = !!task?.dueAt && task.dueAt.getTime() < now;
    const closeOverdue = r.status === "open" && !!r.expectedCloseDate && r.expectedCloseDate < today;
    return {
      id: r.id,
      name: r.name,
      amount: r.amount === null ? null : Number(r.amount),
      currency: r.currency,
      status: r.status,
      stageId: r.stageId,
      position: r.position,
      stageChangedAt: r.stageChangedAt.toISOString(),
      expectedCloseDate: r.expectedCloseDate,
      account: ref(r.accountId, accountNames),
      contact: ref(r.contactId, contactNames),
      owner: ref(r.ownerId, ownerNames),
      nextTask: task ? { id: task.id, title: task.title, dueAt: task.dueAt?.toISOString() ?? null } : null,
      overdue: taskOverdue || closeOverdue,
    };
  });
}

/** One page of a column: `limit + 1` rows by (position, id), so that we know whether there is more. */
async function columnPage(where: SQL, stageId: string, limit: number, after?: { position: string; id: string }) {
  const rows = await db
    .select(CARD_COLUMNS)
    .from(deals)
    .where(and(where, eq(deals.stageId, stageId), after ? sql`(${deals.position}, ${deals.id}) > (${after.position} collate "C", ${after.id}::uuid)` : undefined))
    .orderBy(asc(deals.position), asc(deals.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit) as CardRow[];
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last ? cursorOf(last.position, last.id) : null };
}

/**
 * The pipeline board: every stage of the chosen pipeline (the default one when none is named) in order,
 * each with the count, the totals and weighted totals of its deals (per currency, after the filters)
 * and the first `limit` cards; `nextCursor` pages a column further (getBoardColumn).
 */
export async function getBoard({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<Board> {
  const f = parseInput(BoardFilters, query);
  const pipeline = f.pipelineId ? await getPipeline(db, ctx, f.pipelineId, "pipelineId") : await defaultPipeline(db, ctx, "pipelineId");
  const where = await filterCondition(ctx, f);
  const [allPipelines, stageRows, totals] = await Promise.all([
    db
      .select({ id: pipelines.id, name: pipelines.name })
      .from(pipelines)
      .where(and(eq(pipelines.tenantId, ctx.tenantId), sql`not ${pipelines.isDeleted}`))
      .orderBy(asc(pipelines.position), asc(pipelines.name), asc(pipelines.id)),
    db
      .select({ id: stages.id, name: stages.name, color: stages.color, kind: stages.kind, probability: stages.probability })
      .from(stages)
      .where(and(eq(stages.tenantId, ctx.tenantId), eq(stages.pipelineId, pipeline.id), sql`not ${stages.isDeleted}`))
      .orderBy(asc(stages.position), asc(stages.id)),
    db
      .select({
        stageId: deals.stageId,
        currency: deals.currency,
        count: sql<number>`count(*)::int`,
        amount: sql<string>`coalesce(sum(${deals.amount}), 0)`,
        weighted: sql<string>`coalesce(sum(${deals.amount} * coalesce(${deals.probability}, 0) / 100.0), 0)`,
      })
      .from(deals)
      .where(and(where, eq(deals.pipelineId, pipeline.id)))
      .groupBy(deals.stageId, deals.currency),
  ]);
  const pages = await Promise.all(stageRows.map((s) => columnPage(where, s.id, f.limit)));
  const cards = await toCards(ctx, pages.flatMap((p) => p.rows));
  const byId = new Map(cards.map((c) => [c.id, c]));
  return {
    pipeline: { id: pipeline.id, name: pipeline.name },
    pipelines: allPipelines,
    columns: stageRows.map((stage, i) => {
      const mine = totals.filter((t) => t.stageId === stage.id);
      return {
        stage,
        count: mine.reduce((n, t) => n + t.count, 0),
        totals: mine
          .map((t) => ({ currency: t.currency, amount: Number(t.amount), weighted: Math.round(Number(t.weighted) * 100) / 100 }))
          .filter((t) => t.amount > 0)
          .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency)),
        cards: pages[i]!.rows.map((r) => byId.get(r.id)!),
        nextCursor: pages[i]!.nextCursor,
      };
    }),
  };
}

/** The next page of one column, with the same filters as the board. */
export async function getBoardColumn({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<{ cards: BoardCard[]; nextCursor: string | null }> {
  const q = parseInput(BoardColumnQuery, query);
  const after = readCursor(q.cursor);
  const stage = await getStage(db, ctx, q.stageId, "stageId");
  const page = await columnPage(await filterCondition(ctx, q), stage.id, q.limit, after);
  return { cards: await toCards(ctx, page.rows), nextCursor: page.nextCursor };
}
