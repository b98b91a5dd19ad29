import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiKeys, tenants, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { activePrincipal, principalColumns } from "@/lib/auth/principal";
import { API_KEY_RE, hashApiKey } from "./key";

/**
 * The principal an API key acts as, or null for an unknown, revoked or expired key, or one whose user
 * can no longer act (see loadPrincipal). One query: the key joined to its user and their workspace.
 */
export async function verifyApiKey(key: string): Promise<Ctx | null> {
  if (!API_KEY_RE.test(key)) return null;
  const [row] = await db
    .select({ keyId: apiKeys.id, lastUsedAt: apiKeys.lastUsedAt, principal: principalColumns })
    .from(apiKeys)
    // The key's workspace must be its user's.
    .innerJoin(users, and(eq(users.id, apiKeys.userId), eq(users.tenantId, apiKeys.tenantId)))
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), sql`not ${apiKeys.isDeleted}`, sql`(${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > now())`, activePrincipal))
    .limit(1);
  if (!row) return null;
  // Record use at most once a minute, so that a busy integration doesn't write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.keyId));
  }
  return { ...row.principal, via: "api_key" };
}
