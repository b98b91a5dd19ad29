import type { Ctx } from "@/lib/auth/context";
import type { EntityName } from "@/lib/query/types";
import { listSavedFilters } from "./list";

export type SavedFilterOption = { id: string; name: string; isPrivate: boolean; ownerName: string };

/** The saved filters of one module that the caller may apply (their own and the shared ones), for a list's selector. */
export async function listSavedFilterOptions({ ctx, module }: { ctx: Ctx; module: EntityName }): Promise<SavedFilterOption[]> {
  const filters = await listSavedFilters({ ctx, query: { module } });
  return filters.map((f) => ({ id: f.id, name: f.name, isPrivate: f.isPrivate, ownerName: f.ownerName }));
}
