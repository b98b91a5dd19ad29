import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { loadPrincipal } from "@/lib/auth/principal";
import { API_KEY_RE, hashApiKey } from "./key";

/** The principal an API key acts as, or null for an unknown, revoked or expired key. */
export async function verifyApiKey(key: string): Promise<Ctx | null> {
  if (!API_KEY_RE.test(key)) return null;
  const [row] = await db
    .select({ id: apiKeys.id, userId: apiKeys.userId, tenantId: apiKeys.tenantId, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), sql`not ${apiKeys.isDeleted}`, sql`(${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > now())`))
    .limit(1);
  if (!row) return null;
  const principal = await loadPrincipal(row.userId, "api_key");
  if (!principal || principal.tenantId !== row.tenantId) return null;
  // Record use at most once a minute, so that a busy integration doesn't write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.id));
  }
  return principal;
}
