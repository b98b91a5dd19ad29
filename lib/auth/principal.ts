import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { tenants, users } from "@/db/schema";
import type { Ctx } from "./context";

/**
 * Loads the acting user and their workspace. Returns null when the user no longer exists, was
 * deactivated or deleted, so that a still-valid token of a removed user stops working at once.
 */
export async function loadPrincipal(userId: string, via: Ctx["via"]): Promise<Ctx | null> {
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      mustChangePassword: users.mustChangePassword,
      tenantId: tenants.id,
      tenantName: tenants.name,
    })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.id, userId), eq(users.isActive, true), sql`not ${users.isDeleted}`, sql`not ${tenants.isDeleted}`))
    .limit(1);
  return row ? { ...row, via } : null;
}
