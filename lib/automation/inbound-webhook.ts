import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { automations } from "@/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { startRun } from "./engine";

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * POST /api/automation/{automation}/webhook: starts a run of an active webhook-triggered automation.
 * The caller proves it knows the automation's secret, either by signing the raw body
 * (`X-Rapport-Signature: sha256=<hex HMAC-SHA256>`) or by sending it (`X-Rapport-Secret`). Unknown,
 * inactive and non-webhook automations are all 404; a wrong secret is 401.
 */
export async function receiveWebhook({ id, rawBody, headers }: { id: string; rawBody: string; headers: Headers }): Promise<{ runId: string }> {
  if (!isUuid(id)) throw notFound("Automation");
  const [a] = await db.select().from(automations).where(and(eq(automations.id, id), eq(automations.isActive, true), eq(automations.automationTrigger, "webhook"), sql`not ${automations.isDeleted}`));
  if (!a) throw notFound("Automation");
  const signature = headers.get("x-rapport-signature");
  const secret = headers.get("x-rapport-secret");
  const expected = `sha256=${createHmac("sha256", a.webhookSecret).update(rawBody).digest("hex")}`;
  if (!(signature && same(signature, expected)) && !(secret && same(secret, a.webhookSecret))) {
    throw new AppError("unauthorized", "Send X-Rapport-Signature (HMAC-SHA256 of the body with the automation's secret) or X-Rapport-Secret");
  }
  let payload: unknown = {};
  if (rawBody.trim()) {
    try {
      payload = JSON.parse(rawBody);
    } catch {
      throw new AppError("bad_request", "Malformed JSON body");
    }
  }
  return db.transaction(async (tx) => {
    const run = await startRun(tx, a, { name: "webhook", tenantId: a.tenantId, record: null, actorId: null, data: { body: payload }, depth: 0, chain: [], at: new Date().toISOString() });
    return { runId: run.id };
  });
}
