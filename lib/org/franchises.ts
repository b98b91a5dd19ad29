import { and, asc, count, desc, eq, ilike, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { departments, franchises, type Franchise } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { Page } from "@/lib/rest/page";
import { containsPattern } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { CreateFranchise, ListFranchisesQuery, UpdateFranchise } from "./schemas";

/**
 * Franchises (document 003's business units). A small dictionary, so its verbs share this file.
 * Everyone reads them; admins write them.
 */
const live = (ctx: Ctx) => and(eq(franchises.tenantId, ctx.tenantId), sql`not ${franchises.isDeleted}`);

async function getOrThrow(tx: DbOrTx, ctx: Ctx, id: string, lock = false): Promise<Franchise> {
  if (!isUuid(id)) throw notFound("Franchise");
  const q = tx.select().from(franchises).where(and(eq(franchises.id, id), live(ctx))).limit(1);
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound("Franchise");
  return row;
}

export async function listFranchises({ ctx, query = {} }: { ctx: Ctx; query?: unknown }): Promise<Page<Franchise>> {
  const q = parseInput(ListFranchisesQuery, query);
  const where = and(live(ctx), q.search ? ilike(franchises.name, containsPattern(q.search)) : undefined);
  const column = q.sort.field === "name" ? franchises.name : franchises.createdAt;
  const [rows, [total]] = await Promise.all([
    db.select().from(franchises).where(where).orderBy(q.sort.desc ? desc(column) : asc(column), asc(franchises.id)).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(franchises).where(where),
  ]);
  return { data: rows, total: total?.n ?? 0, limit: q.limit, offset: q.offset };
}

export const getFranchise = ({ ctx, id }: { ctx: Ctx; id: string }) => getOrThrow(db, ctx, id);

export async function createFranchise({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<Franchise> {
  requireRole(ctx, ["ADMIN"], "manage franchises");
  const data = parseInput(CreateFranchise, input);
  const [row] = await db.insert(franchises).values({ ...data, tenantId: ctx.tenantId, createdBy: ctx.userId }).returning();
  return row!;
}

export async function updateFranchise({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<Franchise> {
  requireRole(ctx, ["ADMIN"], "manage franchises");
  const data = parseInput(UpdateFranchise, input);
  return db.transaction(async (tx) => {
    await getOrThrow(tx, ctx, id, true);
    const [row] = await tx.update(franchises).set({ ...data, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(franchises.id, id)).returning();
    return row!;
  });
}

/** Soft delete; refused (400) while live departments belong to the franchise. */
export async function deleteFranchise({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireRole(ctx, ["ADMIN"], "manage franchises");
  await db.transaction(async (tx) => {
    await getOrThrow(tx, ctx, id, true);
    const [used] = await tx.select({ n: count() }).from(departments).where(and(eq(departments.franchiseId, id), eq(departments.tenantId, ctx.tenantId), sql`not ${departments.isDeleted}`));
    if (used!.n) throw new AppError("validation", `This franchise has ${used!.n} department(s); delete or move them first`, { fields: { franchise: `has ${used!.n} department(s)` }, rule: { key: "franchise_in_use", params: { count: used!.n } } });
    const now = new Date();
    await tx.update(franchises).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(franchises.id, id));
  });
}
