import { and, asc, count, desc, eq, ilike, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { departments, franchises, type Department } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { notFound, ruleField } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { getPipeline } from "@/lib/pipelines/resolve";
import type { Page } from "@/lib/rest/page";
import { containsPattern } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { CreateDepartment, ListDepartmentsQuery, UpdateDepartment } from "./schemas";

/**
 * Departments (document 003): inside a franchise (optional), each with the pipeline its new leads go to.
 * A small dictionary, so its verbs share this file. Everyone reads them; admins write them.
 */
const live = (ctx: Ctx) => and(eq(departments.tenantId, ctx.tenantId), sql`not ${departments.isDeleted}`);

async function getOrThrow(tx: DbOrTx, ctx: Ctx, id: string, lock = false): Promise<Department> {
  if (!isUuid(id)) throw notFound("Department");
  const q = tx.select().from(departments).where(and(eq(departments.id, id), live(ctx))).limit(1);
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound("Department");
  return row;
}

async function assertRefs(tx: DbOrTx, ctx: Ctx, data: { franchiseId?: string | null; pipelineId?: string | null }) {
  if (data.franchiseId) {
    const [f] = await tx.select({ id: franchises.id }).from(franchises).where(and(eq(franchises.id, data.franchiseId), eq(franchises.tenantId, ctx.tenantId), sql`not ${franchises.isDeleted}`));
    if (!f) throw ruleField("franchiseId", "no such franchise", "no_such_record");
  }
  if (data.pipelineId) await getPipeline(tx, ctx, data.pipelineId, "pipelineId");
}

export async function listDepartments({ ctx, query = {} }: { ctx: Ctx; query?: unknown }): Promise<Page<Department>> {
  const q = parseInput(ListDepartmentsQuery, query);
  const where = and(live(ctx), q.search ? ilike(departments.name, containsPattern(q.search)) : undefined, q.franchiseId ? eq(departments.franchiseId, q.franchiseId) : undefined);
  const column = q.sort.field === "name" ? departments.name : departments.createdAt;
  const [rows, [total]] = await Promise.all([
    db.select().from(departments).where(where).orderBy(q.sort.desc ? desc(column) : asc(column), asc(departments.id)).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(departments).where(where),
  ]);
  return { data: rows, total: total?.n ?? 0, limit: q.limit, offset: q.offset };
}

export const getDepartment = ({ ctx, id }: { ctx: Ctx; id: string }) => getOrThrow(db, ctx, id);

export async function createDepartment({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<Department> {
  requireRole(ctx, ["ADMIN"], "manage departments");
  const data = parseInput(CreateDepartment, input);
  return db.transaction(async (tx) => {
    await assertRefs(tx, ctx, data);
    const [row] = await tx.insert(departments).values({ ...data, tenantId: ctx.tenantId, createdBy: ctx.userId }).returning();
    return row!;
  });
}

export async function updateDepartment({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<Department> {
  requireRole(ctx, ["ADMIN"], "manage departments");
  const data = parseInput(UpdateDepartment, input);
  return db.transaction(async (tx) => {
    await getOrThrow(tx, ctx, id, true);
    await assertRefs(tx, ctx, data);
    const [row] = await tx.update(departments).set({ ...data, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(departments.id, id)).returning();
    return row!;
  });
}

/** Soft delete: records that name the department keep the reference for the record. */
export async function deleteDepartment({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireRole(ctx, ["ADMIN"], "manage departments");
  await db.transaction(async (tx) => {
    await getOrThrow(tx, ctx, id, true);
    const now = new Date();
    await tx.update(departments).set({ isDeleted: true, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(departments.id, id));
  });
}
