import { and, asc, count, desc, eq, ilike, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { leadSources, type LeadSource } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { Page } from "@/lib/rest/page";
import { containsPattern } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { CreateLeadSource, ListLeadSourcesQuery, UpdateLeadSource } from "./schemas";

/**
 * Lead sources (website, referral, …). A small dictionary, so its verbs share this file. Everyone reads
 * them; managers and admins write them.
 */
const live = (ctx: Ctx) => and(eq(leadSources.tenantId, ctx.tenantId), sql`not ${leadSources.isDeleted}`);
const WRITERS = ["ADMIN", "MANAGER"] as const;

async function getOrThrow(tx: DbOrTx, ctx: Ctx, id: string, lock = false): Promise<LeadSource> {
  if (!isUuid(id)) throw notFound("Lead source");
  const q = tx.select().from(leadSources).where(and(eq(leadSources.id, id), live(ctx))).limit(1);
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound("Lead source");
  return row;
}

export async function listLeadSources({ ctx, query = {} }: { ctx: Ctx; query?: unknown }): Promise<Page<LeadSource>> {
  const q = parseInput(ListLeadSourcesQuery, query);
  const where = and(live(ctx), q.search ? ilike(leadSources.name, containsPattern(q.search)) : undefined);
  const column = q.sort.field === "name" ? leadSources.name : leadSources.createdAt;
  const [rows, [total]] = await Promise.all([
    db.select().from(leadSources).where(where).orderBy(q.sort.desc ? desc(column) : asc(column), asc(leadSources.id)).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(leadSources).where(where),
  ]);
  return { data: rows, total: total?.n ?? 0, limit: q.limit, offset: q.offset };
}

export const getLeadSource = ({ ctx, id }: { ctx: Ctx; id: string }) => getOrThrow(db, ctx, id);

export async function createLeadSource({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<LeadSource> {
  requireRole(ctx, WRITERS, "manage lead sources");
  const data = parseInput(CreateLeadSource, input);
  const [row] = await db.insert(leadSources).values({ ...data, tenantId: ctx.tenantId, createdBy: ctx.userId }).returning();
  return row!;
}

export async function updateLeadSource({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<LeadSource> {
  requireRole(ctx, WRITERS, "manage lead sources");
  const data = parseInput(UpdateLeadSource, input);
  return db.transaction(async (tx) => {
    await getOrThrow(tx, ctx, id, true);
    const [row] = await tx.update(leadSources).set({ ...data, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(leadSources.id, id)).returning();
    return row!;
  });
}

/** Soft delete: deals keep their source for the record; the source leaves every picker. */
export async function deleteLeadSource({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireRole(ctx, WRITERS, "manage lead sources");
  await db.transaction(async (tx) => {
    await getOrThrow(tx, ctx, id, true);
    const now = new Date();
    await tx.update(leadSources).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(leadSources.id, id));
  });
}
