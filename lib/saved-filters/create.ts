import { db } from "@/db/client";
import { savedFilters } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { CreateSavedFilter } from "./schemas";
import { checkedValue, moduleOf } from "./value";
import { assertCanShare, getVisibleFilterOrThrow, type SavedFilterView } from "./views";

/** Saves a filter owned by the caller; private unless `private: false` (managers and admins only). */
export async function createSavedFilter({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<SavedFilterView> {
  const data = parseInput(CreateSavedFilter, input);
  const entity = moduleOf(data.module);
  const isPrivate = data.private ?? true;
  if (!isPrivate) assertCanShare(ctx);
  return db.transaction(async (tx) => {
    const query = await checkedValue(tx, ctx, entity, data.value);
    const [row] = await tx
      .insert(savedFilters)
      .values({ tenantId: ctx.tenantId, ownerId: ctx.userId, name: data.name, module: entity, query, isPrivate, createdBy: ctx.userId })
      .returning({ id: savedFilters.id });
    return getVisibleFilterOrThrow(tx, ctx, row!.id);
  });
}
