import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts } from "@/db/schema";
import { diff, recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { BulkAssignOwner, BulkIds } from "@/lib/bulk";
import { assertOrgRefs } from "@/lib/org/assert-refs";
import { parseInput } from "@/lib/validation";
import { applyAccountDelete } from "./delete";
import { getAccountOrThrow } from "./views";

/** Gives the selected accounts to one owner, all or nothing; each account's timeline records it. */
export async function bulkAssignAccounts({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids, ownerId } = parseInput(BulkAssignOwner, input);
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    await assertOrgRefs(tx, ctx, { ownerId });
    for (const id of unique) {
      const changes = diff(await getAccountOrThrow(tx, ctx, id), { ownerId });
      if (!Object.keys(changes).length) continue;
      await tx.update(accounts).set({ ownerId, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(accounts.id, id));
      await recordActivity(tx, ctx, { entity: "account", recordId: id, action: "updated", changes });
    }
  });
  return { count: unique.length };
}

/** Soft-deletes the selected accounts, all or nothing (one the caller may not delete stops the batch). */
export async function bulkDeleteAccounts({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids } = parseInput(BulkIds, input);
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    for (const id of unique) await applyAccountDelete(tx, ctx, id);
  });
  return { count: unique.length };
}
