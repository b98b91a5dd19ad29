import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import { db } from "@/db/client";
import { accounts, contacts, dealContacts, deals, pipelines, stages, type Deal } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import type { ListPage } from "@/lib/list-params";
import { userSummaries, type UserSummary } from "@/lib/users/summaries";
import { parseInput } from "@/lib/validation";
import { dealSearch } from "./board";
import { inlineQueryCondition, savedFilterCondition } from "./board-filter";
import { ListDealsQuery } from "./schemas";
import { invalidField } from "@/lib/errors";

/** A row of the deal list (and of GET /api/deals): the deal with what a table shows of its references. */
export type DealListItem = Deal & {
  pipeline: { id: string; name: string };
  stage: { id: string; name: string; color: string; kind: Deal["status"] };
  owner: UserSummary | null;
  primaryContact: { id: string; name: string; primaryEmail: string | null } | null;
  account: { id: string; name: string } | null;
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalidField("query", "must be a react-querybuilder query as JSON");
  }
}

const SORTS = {
  name: deals.name,
  amount: deals.amount,
  status: deals.status,
  probability: deals.probability,
  expectedCloseDate: deals.expectedCloseDate,
  createdAt: deals.createdAt,
  modifiedAt: deals.modifiedAt,
  stageChangedAt: deals.stageChangedAt,
} as const;

/**
 * A page of the workspace's deals with the total count of the matches: sort by one column (empty values
 * last, the id breaks ties), search (name, account, primary contact), filters by pipeline, stage,
 * status, owner ("me" or an id), account and contact, or a saved filter.
 */
export async function listDeals({ ctx, query }: { ctx: Ctx; query: unknown }): Promise<ListPage<DealListItem>> {
  const q = parseInput(ListDealsQuery, query);
  const conditions: (SQL | undefined)[] = [eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`];
  if (q.search) conditions.push(dealSearch(q.search));
  if (q.pipelineId) conditions.push(eq(deals.pipelineId, q.pipelineId));
  if (q.stageId) conditions.push(eq(deals.stageId, q.stageId));
  if (q.status) conditions.push(eq(deals.status, q.status));
  if (q.ownerId) conditions.push(eq(deals.ownerId, q.ownerId === "me" ? ctx.userId : q.ownerId));
  if (q.accountId) conditions.push(eq(deals.accountId, q.accountId));
  if (q.contactId) conditions.push(sql`exists (select 1 from ${dealContacts} where ${dealContacts.dealId} = ${deals.id} and ${dealContacts.contactId} = ${q.contactId})`);
  if (q.filter) conditions.push(await savedFilterCondition(ctx, q.filter));
  if (q.query) conditions.push(await inlineQueryCondition(ctx, parseJson(q.query)));
  const where = and(...conditions);
  const column = SORTS[q.sort.field];
  const order = q.sort.desc ? sql`${column} desc nulls last` : sql`${column} asc nulls last`;

  const [rows, [count]] = await Promise.all([
    db
      .select({ deal: deals, pipeline: { id: pipelines.id, name: pipelines.name }, stage: { id: stages.id, name: stages.name, color: stages.color, kind: stages.kind } })
      .from(deals)
      .innerJoin(pipelines, eq(pipelines.id, deals.pipelineId))
      .innerJoin(stages, eq(stages.id, deals.stageId))
      .where(where)
      .orderBy(order, asc(deals.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(deals).where(where),
  ]);
  const ids = (pick: (d: Deal) => string | null) => [...new Set(rows.map((r) => pick(r.deal)).filter((v): v is string => !!v))];
  const [owners, contactRows, accountRows] = await Promise.all([
    userSummaries(db, ctx, ids((d) => d.ownerId)),
    ids((d) => d.primaryContactId).length
      ? db
          .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, primaryEmail: contacts.primaryEmail })
          .from(contacts)
          .where(and(eq(contacts.tenantId, ctx.tenantId), anyOf(contacts.id, ids((d) => d.primaryContactId))))
      : [],
    ids((d) => d.accountId).length ? db.select({ id: accounts.id, name: accounts.name }).from(accounts).where(and(eq(accounts.tenantId, ctx.tenantId), anyOf(accounts.id, ids((d) => d.accountId)))) : [],
  ]);
  const contactById = new Map(contactRows.map((c) => [c.id, { id: c.id, name: [c.firstName, c.lastName].filter(Boolean).join(" ") || c.primaryEmail || "", primaryEmail: c.primaryEmail }]));
  const accountById = new Map(accountRows.map((a) => [a.id, a]));
  return {
    data: rows.map((r) => ({
      ...r.deal,
      pipeline: r.pipeline,
      stage: r.stage,
      owner: (r.deal.ownerId && owners.get(r.deal.ownerId)) || null,
      primaryContact: (r.deal.primaryContactId && contactById.get(r.deal.primaryContactId)) || null,
      account: (r.deal.accountId && accountById.get(r.deal.accountId)) || null,
    })),
    meta: { total: count?.n ?? 0, limit: q.limit, offset: q.offset },
  };
}
