import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { isManager } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** Revokes a key at once. Admins and managers may revoke any key of the workspace; a rep only their own. */
export async function revokeApiKey({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  if (!isUuid(id)) throw notFound("API key");
  const [key] = await db
    .select({ id: apiKeys.id, userId: apiKeys.userId })
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.tenantId, ctx.tenantId), sql`not ${apiKeys.isDeleted}`));
  if (!key) throw notFound("API key");
  if (key.userId !== ctx.userId && !isManager(ctx)) throw new AppError("forbidden", "You can only revoke your own API keys", { rule: { key: "revoke_not_owner" } });
  await db
    .update(apiKeys)
    .set({ isDeleted: true, deletedAt: new Date(), deletedBy: ctx.userId })
    .where(eq(apiKeys.id, key.id));
}
