import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accounts, departments, franchises, leadSources, pipelines, type Department } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ruleField } from "@/lib/errors";
import { defaultPipeline } from "@/lib/pipelines/resolve";

/**
 * Document 003's organisation references of a lead (franchise, department, source, account), checked
 * against the caller's workspace. Another workspace's id is reported exactly like an unknown one: a 400
 * naming `<field>.id`.
 */

export async function assertFranchise(tx: DbOrTx, ctx: Ctx, id: string, field = "franchise"): Promise<void> {
  const [row] = await tx.select({ id: franchises.id }).from(franchises).where(and(eq(franchises.id, id), eq(franchises.tenantId, ctx.tenantId), sql`not ${franchises.isDeleted}`));
  if (!row) throw ruleField(`${field}.id`, "no such franchise", "no_such_record");
}

/** The department, which must belong to `franchiseId` when it belongs to a franchise at all. */
export async function getDepartment(tx: DbOrTx, ctx: Ctx, id: string, franchiseId: string | null, field = "department"): Promise<Department> {
  const [row] = await tx.select().from(departments).where(and(eq(departments.id, id), eq(departments.tenantId, ctx.tenantId), sql`not ${departments.isDeleted}`));
  if (!row) throw ruleField(`${field}.id`, "no such department", "no_such_record");
  if (franchiseId && row.franchiseId && row.franchiseId !== franchiseId) throw ruleField(`${field}.id`, "is not a department of this franchise", "not_a_department_of_franchise");
  return row;
}

export async function assertSource(tx: DbOrTx, ctx: Ctx, id: string, field = "source"): Promise<void> {
  const [row] = await tx.select({ id: leadSources.id }).from(leadSources).where(and(eq(leadSources.id, id), eq(leadSources.tenantId, ctx.tenantId), sql`not ${leadSources.isDeleted}`));
  if (!row) throw ruleField(`${field}.id`, "no such lead source", "no_such_record");
}

export async function assertAccount(tx: DbOrTx, ctx: Ctx, id: string, field = "account"): Promise<void> {
  const [row] = await tx.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, id), eq(accounts.tenantId, ctx.tenantId), sql`not ${accounts.isDeleted}`));
  if (!row) throw ruleField(`${field}.id`, "no such account", "no_such_record");
}

/** The pipeline a department's leads go to (document 003's Department.pipeline), else the default one. */
export async function pipelineOfDepartment(tx: DbOrTx, ctx: Ctx, department: Department | null): Promise<string> {
  if (department?.pipelineId) {
    const [row] = await tx
      .select({ id: pipelines.id })
      .from(pipelines)
      .where(and(eq(pipelines.id, department.pipelineId), eq(pipelines.tenantId, ctx.tenantId), sql`not ${pipelines.isDeleted}`));
    if (row) return row.id;
  }
  return (await defaultPipeline(tx, ctx, "department")).id;
}
