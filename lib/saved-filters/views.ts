import { and, eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { savedFilters, users, type EntityType } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { isManager } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** A saved filter with its owner's name, as the API and the UI read it. */
export type SavedFilterView = {
  id: string;
  name: string;
  module: EntityType;
  query: Record<string, unknown>;
  isPrivate: boolean;
  ownerId: string;
  ownerName: string;
  createdAt: Date;
  modifiedAt: Date | null;
};

export const savedFilterColumns = {
  id: savedFilters.id,
  name: savedFilters.name,
  module: savedFilters.module,
  query: savedFilters.query,
  isPrivate: savedFilters.isPrivate,
  ownerId: savedFilters.ownerId,
  ownerName: users.name,
  createdAt: savedFilters.createdAt,
  modifiedAt: savedFilters.modifiedAt,
};

/** Filters the caller may see: live, in the workspace, shared or their own. */
export const visibleTo = (ctx: Pick<Ctx, "tenantId" | "userId">) =>
  and(eq(savedFilters.tenantId, ctx.tenantId), sql`not ${savedFilters.isDeleted}`, or(eq(savedFilters.isPrivate, false), eq(savedFilters.ownerId, ctx.userId)));

/** A filter the caller may see; someone else's private filter is "not found", like another workspace's. */
export async function getVisibleFilterOrThrow(tx: DbOrTx, ctx: Pick<Ctx, "tenantId" | "userId">, id: string): Promise<SavedFilterView> {
  if (!isUuid(id)) throw notFound("Saved filter");
  const [row] = await tx
    .select(savedFilterColumns)
    .from(savedFilters)
    .innerJoin(users, eq(users.id, savedFilters.ownerId))
    .where(and(eq(savedFilters.id, id), visibleTo(ctx)))
    .limit(1);
  if (!row) throw notFound("Saved filter");
  return row;
}

/** Owners change their filters; managers and admins also change shared ones. */
export function assertCanChange(ctx: Ctx, filter: SavedFilterView): void {
  if (filter.ownerId === ctx.userId) return;
  if (!filter.isPrivate && isManager(ctx)) return;
  throw new AppError("forbidden", "Only the filter's owner, or a manager for a shared filter, can change it");
}

/** Only managers and admins share filters with the workspace. */
export function assertCanShare(ctx: Ctx): void {
  if (!isManager(ctx)) throw new AppError("forbidden", "Only managers and admins can share a filter with the workspace");
}
