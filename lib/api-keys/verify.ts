import { and, eq, sql } from "drizzle-orm";
import { db, rawClient } from "@/db/client";
import { apiKeys, tenants, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { activePrincipal, principalColumns } from "@/lib/auth/principal";
import { API_KEY_RE, hashApiKey } from "./key";

/**
 * The key joined to its user and their workspace, built once per process and then only executed: API
 * keys are checked on every request, and building the statement costs more CPU than running it. There is
 * deliberately no cache of verified keys: a revoked key, a deactivated user or a deleted workspace stops
 * working at once (DESIGN §5), even when the change was made by another process.
 */
let prepared: { client: unknown; query: ReturnType<typeof prepareLookup> } | undefined;
const prepareLookup = () =>
  db
    .select({ keyId: apiKeys.id, lastUsedAt: apiKeys.lastUsedAt, principal: principalColumns })
    .from(apiKeys)
    // The key's workspace must be its user's.
    .innerJoin(users, and(eq(users.id, apiKeys.userId), eq(users.tenantId, apiKeys.tenantId)))
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(apiKeys.keyHash, sql.placeholder("hash")), sql`not ${apiKeys.isDeleted}`, sql`(${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > now())`, activePrincipal))
    .limit(1)
    .prepare("verify_api_key");

/**
 * The principal an API key acts as, or null for an unknown, revoked or expired key, or one whose user
 * can no longer act (see loadPrincipal). One query: the key joined to its user and their workspace.
 */
export async function verifyApiKey(key: string): Promise<Ctx | null> {
  if (!API_KEY_RE.test(key)) return null;
  // Built again when the pool was replaced (closeDb, another DATABASE_URL).
  if (prepared?.client !== rawClient()) prepared = { client: rawClient(), query: prepareLookup() };
  const [row] = await prepared.query.execute({ hash: hashApiKey(key) });
  if (!row) return null;
  // Record use at most once a minute, so that a busy integration doesn't write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.keyId));
  }
  return { ...row.principal, via: "api_key" };
}
