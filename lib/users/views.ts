import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { departments, franchises, users, type User } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound, ruleField } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** A user as the API and pages show it: never the password hash. */
export type UserView = Omit<User, "passwordHash">;

export const userColumns = {
  id: users.id,
  tenantId: users.tenantId,
  email: users.email,
  name: users.name,
  role: users.role,
  isActive: users.isActive,
  locale: users.locale,
  mustChangePassword: users.mustChangePassword,
  franchiseId: users.franchiseId,
  departmentId: users.departmentId,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  createdBy: users.createdBy,
  modifiedAt: users.modifiedAt,
  modifiedBy: users.modifiedBy,
  isDeleted: users.isDeleted,
  deletedAt: users.deletedAt,
  deletedBy: users.deletedBy,
};

export const liveUsers = (ctx: Ctx) => and(eq(users.tenantId, ctx.tenantId), sql`not ${users.isDeleted}`);

/** The only way to load a user: another workspace's id is "not found". */
export async function getUserOrThrow(tx: DbOrTx, ctx: Ctx, id: string, lock = false): Promise<UserView> {
  if (!isUuid(id)) throw notFound("User");
  const q = tx.select(userColumns).from(users).where(and(eq(users.id, id), liveUsers(ctx))).limit(1);
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound("User");
  return row;
}

/** Checks that a franchise and department named in a body belong to the workspace. */
export async function assertUserRefs(tx: DbOrTx, ctx: Ctx, data: { franchiseId?: string | null; departmentId?: string | null }) {
  if (data.franchiseId) {
    const [f] = await tx.select({ id: franchises.id }).from(franchises).where(and(eq(franchises.id, data.franchiseId), eq(franchises.tenantId, ctx.tenantId), sql`not ${franchises.isDeleted}`));
    if (!f) throw ruleField("franchiseId", "no such franchise", "no_such_record");
  }
  if (data.departmentId) {
    const [d] = await tx.select({ id: departments.id }).from(departments).where(and(eq(departments.id, data.departmentId), eq(departments.tenantId, ctx.tenantId), sql`not ${departments.isDeleted}`));
    if (!d) throw ruleField("departmentId", "no such department", "no_such_record");
  }
}
