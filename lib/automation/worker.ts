import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { db, rawClient } from "@/db/client";
import { automationJobs, automationRuns, automations, tasks } from "@/db/schema";
import { handleJob, recordFailure } from "./engine";
import { enqueue, JOB_CHANNEL } from "./queue";

/**
 * Claims the oldest due job with `FOR UPDATE SKIP LOCKED` and runs it in the same transaction, holding
 * the row lock: several workers (threads of one process or many processes) never take the same job,
 * and if a worker dies mid-job its transaction rolls back and the job becomes due again. The job's
 * work runs in a savepoint, so a failure is recorded (retry with back-off, or fail) without its effects.
 * Returns false when no job was due.
 */
export async function processNextJob(): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [job] = await tx
      .select()
      .from(automationJobs)
      .where(and(eq(automationJobs.status, "pending"), lte(automationJobs.runAt, sql`now()`)))
      .orderBy(automationJobs.runAt)
      .limit(1)
      .for("update", { skipLocked: true });
    if (!job) return false;
    const attempt = job.attempts + 1;
    try {
      await tx.transaction((sp) => handleJob(sp, job, attempt));
      await tx.update(automationJobs).set({ status: "done", attempts: attempt, finishedAt: new Date() }).where(eq(automationJobs.id, job.id));
    } catch (e) {
      await recordFailure(tx, job, attempt, e);
    }
    return true;
  });
}

/** Runs due jobs until none is left (tests and scripts drive the engine with it). */
export async function drainJobs(max = 10_000): Promise<number> {
  let n = 0;
  while (n < max && (await processNextJob())) n++;
  return n;
}

/** When the next pending job is due, or null. */
async function nextDueAt(): Promise<Date | null> {
  const [row] = await db.select({ at: sql<string | null>`min(${automationJobs.runAt})` }).from(automationJobs).where(eq(automationJobs.status, "pending"));
  return row?.at ? new Date(row.at) : null;
}

/**
 * Emits task.overdue once per task and due date, for workspaces with an active task.overdue automation.
 * The job key makes it idempotent across workers and restarts.
 */
export async function sweepOverdueTasks(): Promise<number> {
  const rows = await db
    .select({ id: tasks.id, tenantId: tasks.tenantId, endAt: tasks.endAt, assigneeId: tasks.assigneeId })
    .from(tasks)
    .where(
      and(
        isNull(tasks.completedAt),
        sql`not ${tasks.isDeleted}`,
        lte(tasks.endAt, sql`now()`),
        sql`${tasks.endAt} > now() - interval '7 days'`,
        inArray(tasks.tenantId, db.select({ t: automations.tenantId }).from(automations).where(and(eq(automations.automationTrigger, "task.overdue"), eq(automations.isActive, true), sql`not ${automations.isDeleted}`))),
      ),
    )
    .limit(1000);
  if (!rows.length) return 0;
  return enqueue(
    db,
    rows.map((t) => ({
      tenantId: t.tenantId,
      kind: "event" as const,
      key: `event:task.overdue:${t.id}:${t.endAt!.toISOString()}`,
      payload: { name: "task.overdue", tenantId: t.tenantId, record: { type: "task", id: t.id }, actorId: null, data: { endAt: t.endAt!.toISOString() }, depth: 0, chain: [], at: new Date().toISOString() },
    })),
  );
}

/** Forgets finished jobs after a week (runs and steps stay). */
export async function cleanupJobs(): Promise<void> {
  await db.delete(automationJobs).where(
    and(
      inArray(automationJobs.status, ["done", "failed", "cancelled"]),
      sql`${automationJobs.finishedAt} < now() - interval '7 days'`,
      or(isNull(automationJobs.runId), inArray(automationJobs.runId, db.select({ id: automationRuns.id }).from(automationRuns).where(inArray(automationRuns.status, ["succeeded", "failed"])))),
    ),
  );
}

export type Worker = { stop: () => Promise<void> };

/**
 * Starts `concurrency` job loops in this process. They sleep until the next job is due (at most
 * `pollMs`) and wake at once on NOTIFY from a committing transaction, so events start runs within
 * milliseconds and delays fire on time.
 */
export function startWorker(opts: { concurrency?: number; pollMs?: number; sweepMs?: number; log?: (msg: string) => void } = {}): Worker {
  const concurrency = opts.concurrency ?? Number(process.env.RAPPORT_WORKER_CONCURRENCY ?? 4);
  const pollMs = opts.pollMs ?? 1_000;
  const log = opts.log ?? ((m: string) => console.error(`[automation] ${m}`));
  let stopped = false;
  const sleepers = new Set<() => void>();
  const wakeAll = () => {
    for (const wake of [...sleepers]) wake();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      sleepers.add(done);
    });

  let unlisten: (() => Promise<void>) | null = null;
  rawClient()
    .listen(JOB_CHANNEL, wakeAll)
    .then((l) => {
      unlisten = l.unlisten;
      if (stopped) void l.unlisten();
    })
    .catch((e) => log(`LISTEN failed, polling only: ${String(e)}`));

  const loop = async () => {
    while (!stopped) {
      try {
        if (await processNextJob()) continue;
        const due = await nextDueAt();
        await sleep(due ? Math.max(5, Math.min(pollMs, due.getTime() - Date.now())) : pollMs);
      } catch (e) {
        if (!stopped) log(`job loop error: ${String(e)}`);
        await sleep(pollMs);
      }
    }
  };
  const sweep = async () => {
    while (!stopped) {
      try {
        await sweepOverdueTasks();
        await cleanupJobs();
      } catch (e) {
        if (!stopped) log(`sweep error: ${String(e)}`);
      }
      await sleep(opts.sweepMs ?? 60_000);
    }
  };
  const loops = [...Array.from({ length: concurrency }, loop), sweep()];
  return {
    stop: async () => {
      stopped = true;
      wakeAll();
      await Promise.all(loops);
      if (unlisten) await (unlisten as () => Promise<void>)().catch(() => {});
    },
  };
}
