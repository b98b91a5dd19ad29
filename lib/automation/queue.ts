import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { automationJobs, type AutomationJobKind } from "@/db/schema";

/** The channel workers LISTEN on; NOTIFY is delivered when the enqueuing transaction commits. */
export const JOB_CHANNEL = "rapport_automation_jobs";

export type NewJob = {
  tenantId: string;
  kind: AutomationJobKind;
  payload: Record<string, unknown>;
  /** Idempotency key: a second job with the same key is not created. */
  key?: string;
  runAt?: Date;
  runId?: string;
  maxAttempts?: number;
};

/**
 * Adds jobs to the durable queue inside the caller's transaction: they exist if and only if the caller's
 * change commits. Returns how many were new.
 */
export async function enqueue(tx: DbOrTx, jobs: NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const rows = await tx
    .insert(automationJobs)
    .values(jobs.map((j) => ({ tenantId: j.tenantId, kind: j.kind, payload: j.payload, key: j.key ?? null, runAt: j.runAt ?? new Date(), runId: j.runId ?? null, maxAttempts: j.maxAttempts ?? 3 })))
    .onConflictDoNothing({ target: automationJobs.key })
    .returning({ id: automationJobs.id });
  if (rows.length) await tx.execute(sql`select pg_notify(${JOB_CHANNEL}, '')`);
  return rows.length;
}

/** Delay before the next attempt: exponential from `baseMs`, capped at one hour. */
export function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 3_600_000);
}
