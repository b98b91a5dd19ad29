import { and, asc, count, desc, eq, ilike, or } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import type { Page } from "@/lib/rest/page";
import { containsPattern } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { ListUsersQuery } from "./schemas";
import { getUserOrThrow, liveUsers, userColumns, type UserView } from "./views";

const SORT = { name: users.name, email: users.email, role: users.role, createdAt: users.createdAt, lastLoginAt: users.lastLoginAt } as const;

/** The workspace's people (every role may list them: owners and assignees are picked from it). */
export async function listUsers({ ctx, query = {} }: { ctx: Ctx; query?: unknown }): Promise<Page<UserView>> {
  const q = parseInput(ListUsersQuery, query);
  const pattern = q.search ? containsPattern(q.search) : null;
  const where = and(
    liveUsers(ctx),
    pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
    q.role ? eq(users.role, q.role) : undefined,
    q.isActive !== undefined ? eq(users.isActive, q.isActive) : undefined,
  );
  const column = SORT[q.sort.field];
  const [rows, [total]] = await Promise.all([
    db.select(userColumns).from(users).where(where).orderBy(q.sort.desc ? desc(column) : asc(column), asc(users.id)).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { data: rows, total: total?.n ?? 0, limit: q.limit, offset: q.offset };
}

export const getUser = ({ ctx, id }: { ctx: Ctx; id: string }): Promise<UserView> => getUserOrThrow(db, ctx, id);
