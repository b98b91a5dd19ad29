import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiKeys, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { isManager } from "@/lib/auth/permissions";
import type { ApiKeyView } from "./schemas";

/** The workspace's live API keys: all of them for admins and managers, one's own for a rep. */
export async function listApiKeys({ ctx }: { ctx: Ctx }): Promise<ApiKeyView[]> {
  const rows = await db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      expiresAt: apiKeys.expiresAt,
      userId: users.id,
      userName: users.name,
      userEmail: users.email,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.tenantId, ctx.tenantId), sql`not ${apiKeys.isDeleted}`, isManager(ctx) ? undefined : eq(apiKeys.userId, ctx.userId)))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(({ userId, userName, userEmail, ...k }) => ({ ...k, user: { id: userId, name: userName, email: userEmail } }));
}
