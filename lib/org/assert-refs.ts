import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { franchises, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ruleField } from "@/lib/errors";

/** Checks that the owner and franchise named in a body belong to the caller's workspace. */
export async function assertOrgRefs(tx: DbOrTx, ctx: Ctx, refs: { ownerId?: string | null; franchiseId?: string | null }): Promise<void> {
  if (refs.ownerId) {
    const [u] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, refs.ownerId), eq(users.tenantId, ctx.tenantId), eq(users.isActive, true), sql`not ${users.isDeleted}`));
    if (!u) throw ruleField("ownerId", "no such user", "no_such_record");
  }
  if (refs.franchiseId) {
    const [f] = await tx
      .select({ id: franchises.id })
      .from(franchises)
      .where(and(eq(franchises.id, refs.franchiseId), eq(franchises.tenantId, ctx.tenantId), sql`not ${franchises.isDeleted}`));
    if (!f) throw ruleField("franchiseId", "no such franchise", "no_such_record");
  }
}
