import { db } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ruleField } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { generateApiKey, hashApiKey } from "./key";
import { CreateApiKey } from "./schemas";

/** Creates an API key acting as the calling user. The key is returned this once and never again. */
export async function createApiKey({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const data = parseInput(CreateApiKey, input);
  const expiresAt = data.expiresAt ? new Date(data.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) throw ruleField("expiresAt", "must be in the future", "must_be_future");
  const key = generateApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({
      tenantId: ctx.tenantId,
      userId: ctx.userId,
      name: data.name,
      prefix: key.slice(0, 12),
      keyHash: hashApiKey(key),
      expiresAt,
      createdBy: ctx.userId,
    })
    .returning();
  return { id: row!.id, name: row!.name, key, prefix: row!.prefix, createdAt: row!.createdAt, expiresAt: row!.expiresAt };
}
