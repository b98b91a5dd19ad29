import { db } from "@/db/client";
import { savedFilters } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requiredText } from "@/lib/validation";
import { parseInput } from "@/lib/validation";
import { z } from "zod";
import { getVisibleFilterOrThrow, type SavedFilterView } from "./views";

const DuplicateSavedFilter = z.object({ name: requiredText(120).optional() });

/** Copies a filter the caller can see into a new private filter of theirs. */
export async function duplicateSavedFilter({ ctx, id, input = {} }: { ctx: Ctx; id: string; input?: unknown }): Promise<SavedFilterView> {
  const data = parseInput(DuplicateSavedFilter, input);
  return db.transaction(async (tx) => {
    const source = await getVisibleFilterOrThrow(tx, ctx, id);
    const name = data.name ?? `${source.name} (copy)`.slice(0, 120);
    const [row] = await tx
      .insert(savedFilters)
      .values({ tenantId: ctx.tenantId, ownerId: ctx.userId, name, module: source.module, query: source.query, isPrivate: true, createdBy: ctx.userId })
      .returning({ id: savedFilters.id });
    return getVisibleFilterOrThrow(tx, ctx, row!.id);
  });
}
