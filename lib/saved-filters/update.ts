import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { savedFilters } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { UpdateSavedFilter } from "./schemas";
import { checkedValue, moduleOf } from "./value";
import { assertCanChange, assertCanShare, getVisibleFilterOrThrow, type SavedFilterView } from "./views";

/**
 * Renames, re-scopes or rewrites a filter. The value must be a valid query for the (new) module,
 * so changing the module alone re-checks the stored query against it.
 */
export async function updateSavedFilter({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<SavedFilterView> {
  const data = parseInput(UpdateSavedFilter, input);
  return db.transaction(async (tx) => {
    const before = await getVisibleFilterOrThrow(tx, ctx, id);
    assertCanChange(ctx, before);
    if (data.private === false && before.isPrivate) assertCanShare(ctx);
    const entity = data.module !== undefined ? moduleOf(data.module) : before.module;
    const query = data.value !== undefined || entity !== before.module ? await checkedValue(tx, ctx, entity, data.value ?? before.query) : before.query;
    await tx
      .update(savedFilters)
      .set({ name: data.name ?? before.name, module: entity, query, isPrivate: data.private ?? before.isPrivate, modifiedAt: new Date(), modifiedBy: ctx.userId })
      .where(eq(savedFilters.id, id));
    return getVisibleFilterOrThrow(tx, ctx, id);
  });
}
