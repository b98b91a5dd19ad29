import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { hashPassword } from "@/lib/auth/password";
import { requireRole } from "@/lib/auth/permissions";
import { getUserOrThrow } from "./views";
import { temporaryPassword } from "./temporary-password";

/** Gives a person a new temporary password (admins only), answered once; they must replace it at next sign-in. */
export async function resetUserPassword({ ctx, id }: { ctx: Ctx; id: string }): Promise<{ temporaryPassword: string }> {
  requireRole(ctx, ["ADMIN"], "manage users");
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await getUserOrThrow(tx, ctx, id, true);
    await tx.update(users).set({ passwordHash, mustChangePassword: true, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(users.id, id));
  });
  return { temporaryPassword: password };
}
