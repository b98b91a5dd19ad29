import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";

export const IDEMPOTENCY_WINDOW_HOURS = 24;

/**
 * Safe retries for POST: with an `Idempotency-Key` header, the first successful response is stored and
 * the same key with the same request (method, path, query, body) within 24 hours gets it back, marked
 * `Idempotent-Replayed: true`, without running the handler again. The same key with another request is a
 * 409, and so is a retry while the first request is still running. Failed requests are not remembered, so
 * a corrected retry with a new body needs a new key, and the same one after a 5xx simply runs again.
 * Keys are scoped to the workspace.
 */
export async function withIdempotency(req: Request, ctx: Ctx, run: () => Promise<Response>): Promise<Response> {
  const key = req.headers.get("idempotency-key");
  if (req.method !== "POST" || key === null) return run();
  if (!key.trim() || key.length > 255) throw new AppError("bad_request", "Idempotency-Key must be 1 to 255 characters");

  const url = new URL(req.url);
  const body = await req.clone().text();
  const requestHash = createHash("sha256").update(`${req.method} ${url.pathname}${url.search}\n${body}`).digest("hex");
  const scope = and(eq(idempotencyKeys.tenantId, ctx.tenantId), eq(idempotencyKeys.key, key));

  await db.delete(idempotencyKeys).where(and(scope, sql`${idempotencyKeys.createdAt} < now() - make_interval(hours => ${IDEMPOTENCY_WINDOW_HOURS})`));
  const claimed = await db
    .insert(idempotencyKeys)
    .values({ tenantId: ctx.tenantId, key, requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });

  if (claimed.length === 0) {
    const [previous] = await db.select().from(idempotencyKeys).where(scope);
    if (previous && previous.requestHash !== requestHash) {
      throw new AppError("conflict", "This Idempotency-Key was already used with a different request");
    }
    if (!previous || previous.status === null) {
      throw new AppError("conflict", "A request with this Idempotency-Key is still being processed; retry shortly");
    }
    return new Response(previous.body, {
      status: previous.status,
      headers: { "content-type": previous.contentType ?? "application/json", "Idempotent-Replayed": "true" },
    });
  }

  const forget = () => db.delete(idempotencyKeys).where(scope);
  let response: Response;
  try {
    response = await run();
  } catch (e) {
    await forget();
    throw e;
  }
  if (response.status < 200 || response.status >= 300) {
    await forget();
    return response;
  }
  await db
    .update(idempotencyKeys)
    .set({ status: response.status, contentType: response.headers.get("content-type"), body: await response.clone().text() })
    .where(scope);
  return response;
}
