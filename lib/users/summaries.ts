import { and, asc, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import { db, type DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";

/** What lists and record pages show of a user (an owner, an author). */
export type UserSummary = { id: string; name: string; email: string };

/** The users of the workspace with these ids, in one query (deleted or deactivated ones included: history keeps them). */
export async function userSummaries(tx: DbOrTx, ctx: Ctx, ids: readonly (string | null | undefined)[]): Promise<Map<string, UserSummary>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenantId), anyOf(users.id, wanted)));
  return new Map(rows.map((u) => [u.id, u]));
}

/** Adds `owner` to each row from its `ownerId`. */
export async function withOwners<T extends { ownerId: string | null }>(tx: DbOrTx, ctx: Ctx, rows: T[]): Promise<(T & { owner: UserSummary | null })[]> {
  const byId = await userSummaries(tx, ctx, rows.map((r) => r.ownerId));
  return rows.map((r) => ({ ...r, owner: (r.ownerId && byId.get(r.ownerId)) || null }));
}

/** The active users of the workspace, by name: the choices of an owner picker. */
export async function listActiveUsers(tx: DbOrTx, ctx: Ctx): Promise<UserSummary[]> {
  return tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenantId), eq(users.isActive, true), sql`not ${users.isDeleted}`))
    .orderBy(asc(users.name), asc(users.id));
}

/** The owner picker's choices, for pages (which never hold a database handle). */
export async function listOwnerChoices({ ctx }: { ctx: Ctx }): Promise<UserSummary[]> {
  return listActiveUsers(db, ctx);
}
