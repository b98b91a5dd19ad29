import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { savedFilters, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { invalidField } from "@/lib/errors";
import { parseEntity } from "@/lib/query/registry";
import { parseInput } from "@/lib/validation";
import { ListSavedFiltersQuery } from "./schemas";
import { savedFilterColumns, visibleTo, type SavedFilterView } from "./views";

/** The caller's own filters and the workspace's shared ones, by name; optionally of one module. */
export async function listSavedFilters({ ctx, query = {} }: { ctx: Ctx; query?: unknown }): Promise<SavedFilterView[]> {
  const q = parseInput(ListSavedFiltersQuery, query);
  const entity = q.module === undefined ? undefined : parseEntity(q.module);
  if (entity === null) throw invalidField("module", "must be one of contact, account, deal (or lead), task");
  return db
    .select(savedFilterColumns)
    .from(savedFilters)
    .innerJoin(users, eq(users.id, savedFilters.ownerId))
    .where(and(visibleTo(ctx), entity ? eq(savedFilters.module, entity) : undefined))
    .orderBy(asc(savedFilters.name), asc(savedFilters.id));
}
