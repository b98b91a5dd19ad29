import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { insertUser } from "@/lib/tenants/create-workspace";
import { parseInput } from "@/lib/validation";
import { CreateUser } from "./schemas";
import { temporaryPassword } from "./temporary-password";
import { assertUserRefs, getUserOrThrow, type UserView } from "./views";

/**
 * Invites a person (admins only) by creating their account. Unless the admin chose a password, a
 * temporary one is generated; it is in this answer only (the database keeps a bcrypt hash), for the
 * admin to hand over, and the person must replace it at first sign-in. Emails are unique across the installation (409 otherwise).
 */
export async function createUser({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ user: UserView; temporaryPassword: string | null }> {
  requireRole(ctx, ["ADMIN"], "manage users");
  const data = parseInput(CreateUser, input);
  const password = data.password ?? temporaryPassword();
  return db.transaction(async (tx) => {
    await assertUserRefs(tx, ctx, data);
    const row = await insertUser(tx, { tenantId: ctx.tenantId, email: data.email, name: data.name, password, role: data.role, locale: data.locale ?? ctx.locale, createdBy: ctx.userId });
    // A generated password is temporary: the person must choose their own at first sign-in.
    if (data.franchiseId || data.departmentId || !data.password) {
      await tx.update(users).set({ franchiseId: data.franchiseId, departmentId: data.departmentId, mustChangePassword: !data.password }).where(eq(users.id, row.id));
    }
    return { user: await getUserOrThrow(tx, ctx, row.id), temporaryPassword: data.password ? null : password };
  });
}
