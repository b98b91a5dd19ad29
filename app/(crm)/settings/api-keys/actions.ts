"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { createApiKey } from "@/lib/api-keys/create";
import { revokeApiKey } from "@/lib/api-keys/revoke";
import { requireActionCtx } from "@/lib/auth/session";

export type CreatedApiKey = { id: string; name: string; key: string; prefix: string; expiresAt: string | null };

/** Creates a key; the answer is the only time the key itself is ever sent. */
export async function createApiKeyAction(input: { name: string; expiresAt: string | null }): Promise<ActionResult<{ apiKey: CreatedApiKey }>> {
  try {
    const ctx = await requireActionCtx();
    const created = await createApiKey({ ctx, input });
    revalidatePath("/settings/api-keys");
    return {
      ok: true,
      apiKey: { id: created.id, name: created.name, key: created.key, prefix: created.prefix, expiresAt: created.expiresAt?.toISOString() ?? null },
    };
  } catch (e) {
    return actionFailure(e, "create API key");
  }
}

export async function revokeApiKeyAction(id: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await revokeApiKey({ ctx, id });
    revalidatePath("/settings/api-keys");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "revoke API key");
  }
}
