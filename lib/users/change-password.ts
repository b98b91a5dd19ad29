import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ruleField } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { Password } from "./schemas";

export const ChangePassword = z.object({
  currentPassword: z.string({ error: "is required" }).min(1, "is required").max(200, "must be at most 200 characters"),
  newPassword: Password,
});
export type ChangePassword = z.infer<typeof ChangePassword>;

/**
 * The caller replaces their own password (the temporary one an admin gave them, or any other), proving the
 * current one. Clears `mustChangePassword`, which lifts the refusal of every other request.
 */
export async function changeOwnPassword({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<void> {
  const data = parseInput(ChangePassword, input);
  if (data.newPassword === data.currentPassword) throw ruleField("newPassword", "must differ from the current password", "same_password");
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(and(eq(users.id, ctx.userId), eq(users.tenantId, ctx.tenantId))).for("update");
    if (!row || !(await verifyPassword(data.currentPassword, row.passwordHash))) throw ruleField("currentPassword", "is not your current password", "wrong_current_password");
    const passwordHash = await hashPassword(data.newPassword);
    await tx.update(users).set({ passwordHash, mustChangePassword: false, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(users.id, ctx.userId));
  });
}
