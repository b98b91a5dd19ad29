import { and, count, eq, ne, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { ruleField } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { UpdateUser } from "./schemas";
import { assertUserRefs, getUserOrThrow, type UserView } from "./views";

/** Active admins of the workspace other than `exceptId`. */
async function otherActiveAdmins(tx: DbOrTx, ctx: Ctx, exceptId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenantId), eq(users.role, "ADMIN"), eq(users.isActive, true), sql`not ${users.isDeleted}`, ne(users.id, exceptId)));
  return row!.n;
}

/**
 * Changes a person's name, role, language, franchise or department, or (de)activates them (admins only).
 * A deactivated user can no longer sign in, and their API keys and tokens stop working at once. The
 * workspace always keeps an active admin, and admins cannot deactivate themselves.
 */
export async function updateUser({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<UserView> {
  requireRole(ctx, ["ADMIN"], "manage users");
  const data = parseInput(UpdateUser, input);
  return db.transaction(async (tx) => {
    // Serialises role changes per workspace, so that two admins demoting each other cannot both succeed.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`users:${ctx.tenantId}`}))`);
    const before = await getUserOrThrow(tx, ctx, id, true);
    if (data.isActive === false && id === ctx.userId) throw ruleField("isActive", "you cannot deactivate yourself", "self_deactivate");
    const losesAdmin = before.role === "ADMIN" && before.isActive && ((data.role && data.role !== "ADMIN") || data.isActive === false);
    if (losesAdmin && (await otherActiveAdmins(tx, ctx, id)) === 0) {
      throw ruleField(data.isActive === false ? "isActive" : "role", "the workspace needs at least one active admin", "last_admin");
    }
    await assertUserRefs(tx, ctx, data);
    await tx.update(users).set({ ...data, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(users.id, id));
    return getUserOrThrow(tx, ctx, id);
  });
}

/** DELETE /api/users/{id}: deactivation (reversible with isActive: true); history keeps the person. */
export const deactivateUser = ({ ctx, id }: { ctx: Ctx; id: string }) => updateUser({ ctx, id, input: { isActive: false } });
