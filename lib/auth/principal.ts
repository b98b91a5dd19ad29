import { and, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { tenants, users } from "@/db/schema";
import type { Ctx } from "./context";

/** What a principal is made of: the user's columns and their workspace's (select from users joined to tenants). */
export const principalColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  mustChangePassword: users.mustChangePassword,
  tenantId: tenants.id,
  tenantName: tenants.name,
};

/** A user who may act: active, not deleted, in a workspace that is not deleted. */
export const activePrincipal: SQL = and(eq(users.isActive, true), sql`not ${users.isDeleted}`, sql`not ${tenants.isDeleted}`)!;

/**
 * Loads the acting user and their workspace. Returns null when the user no longer exists, was
 * deactivated or deleted, so that a still-valid token of a removed user stops working at once.
 */
export async function loadPrincipal(userId: string, via: Ctx["via"]): Promise<Ctx | null> {
  const [row] = await db
    .select(principalColumns)
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.id, userId), activePrincipal))
    .limit(1);
  return row ? { ...row, via } : null;
}
