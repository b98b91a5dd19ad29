import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { db, rawClient } from "@/db/client";
import { automations, tasks } from "@/db/schema";
import { handleJob, recordFailure } from "./engine";
import { deliverQueuedEmails, mailSettings, smtpTransport } from "./mailer";
import { boss, completeJobs, enqueue, fetchJobs, JOB_CHANNEL, nextDueAt } from "./queue";

/** Jobs one worker loop claims per transaction (RAPPORT_WORKER_BATCH). */
export const workerSettings = { batch: Math.max(1, Number(process.env.RAPPORT_WORKER_BATCH ?? 10)) };

/**
 * Fetches up to `batch` due jobs from pg-boss inside one transaction (its fetch takes them with
 * `FOR UPDATE SKIP LOCKED` and marks them active) and runs them in that transaction, holding the row
 * locks: several workers (loops of one process or many processes) never take the same job, and if a
 * worker dies mid-batch its transaction rolls back and the jobs are due again, untouched. Each job's work
 * runs in its own savepoint, so a failure is recorded (pg-boss retries with back-off, or fails) without
 * its effects and without touching the other jobs of the batch; the others are completed in the same
 * transaction. One commit per batch is what makes a burst of events cheap. Returns how many jobs were
 * claimed (0 when none was due).
 */
export async function processJobs(batch = workerSettings.batch): Promise<number> {
  return db.transaction(async (tx) => {
    const jobs = await fetchJobs(tx, batch);
    const done: string[] = [];
    for (const job of jobs) {
      try {
        await tx.transaction((sp) => handleJob(sp, job, job.attempt));
        done.push(job.id);
      } catch (e) {
        await recordFailure(tx, job, job.attempt, e);
      }
    }
    await completeJobs(tx, done);
    return jobs.length;
  });
}

/** Claims and runs the oldest due job; false when none was due. */
export async function processNextJob(): Promise<boolean> {
  return (await processJobs(1)) > 0;
}

/** Runs due jobs until none is left (tests and scripts drive the engine with it). */
export async function drainJobs(max = 10_000): Promise<number> {
  let n = 0;
  while (n < max && (await processNextJob())) n++;
  return n;
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
  await enqueue(
    db,
    rows.map((t) => ({
      tenantId: t.tenantId,
      kind: "event" as const,
      key: `event:task.overdue:${t.id}:${t.endAt!.toISOString()}`,
      payload: { name: "task.overdue", tenantId: t.tenantId, record: { type: "task", id: t.id }, actorId: null, data: { endAt: t.endAt!.toISOString() }, depth: 0, chain: [], at: new Date().toISOString() },
    })),
  );
  return rows.length;
}

export type Worker = { stop: () => Promise<void> };

/**
 * Starts `concurrency` job loops in this process. They sleep until the next job is due (at most
 * `pollMs`) and wake at once on NOTIFY from a committing transaction, so events start runs within
 * milliseconds and delays fire on time.
 */
export function startWorker(opts: { concurrency?: number; pollMs?: number; sweepMs?: number; mailMs?: number; maintainMs?: number; log?: (msg: string) => void } = {}): Worker {
  const concurrency = opts.concurrency ?? Number(process.env.RAPPORT_WORKER_CONCURRENCY ?? 4);
  const pollMs = opts.pollMs ?? 1_000;
  const log = opts.log ?? ((m: string) => console.error(`[automation] ${m}`));
  let stopped = false;
  // Job loops wake on NOTIFY; the sweep and mail loops only on their timers (a burst of events must not
  // start a sweep per event) and on stop().
  const jobSleepers = new Set<() => void>();
  const otherSleepers = new Set<() => void>();
  const wakeJobLoops = () => {
    for (const wake of [...jobSleepers]) wake();
  };
  const wakeAll = () => {
    for (const wake of [...jobSleepers, ...otherSleepers]) wake();
  };
  // A loop that goes to sleep after stop() woke the sleepers must not sleep (the sweep's 60 s would hold stop()).
  const sleepIn = (sleepers: Set<() => void>) => (ms: number) =>
    stopped
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            sleepers.delete(done);
            resolve();
          };
          const timer = setTimeout(done, ms);
          sleepers.add(done);
        });
  const sleepJob = sleepIn(jobSleepers);
  const sleep = sleepIn(otherSleepers);

  let unlisten: (() => Promise<void>) | null = null;
  rawClient()
    .listen(JOB_CHANNEL, wakeJobLoops)
    .then((l) => {
      unlisten = l.unlisten;
      if (stopped) void l.unlisten();
    })
    .catch((e) => log(`LISTEN failed, polling only: ${String(e)}`));

  const loop = async () => {
    while (!stopped) {
      try {
        if ((await processJobs()) > 0) continue;
        const due = await nextDueAt();
        await sleepJob(due ? Math.max(5, Math.min(pollMs, due.getTime() - Date.now())) : pollMs);
      } catch (e) {
        if (!stopped) log(`job loop error: ${String(e)}`);
        await sleepJob(pollMs);
      }
    }
  };
  let lastMaintenance = 0;
  const sweep = async () => {
    while (!stopped) {
      try {
        await sweepOverdueTasks();
        // pg-boss maintenance: archives jobs finished more than KEEP_FINISHED_SECONDS ago, drops old archives.
        if (Date.now() - lastMaintenance >= (opts.maintainMs ?? 600_000)) {
          lastMaintenance = Date.now();
          await boss().maintain();
        }
      } catch (e) {
        if (!stopped) log(`sweep error: ${String(e)}`);
      }
      await sleep(opts.sweepMs ?? 60_000);
    }
  };
  // SMTP delivery of the email outbox, when RAPPORT_SMTP_URL is set (lib/automation/mailer.ts).
  const mail = async () => {
    while (!stopped && smtpTransport()) {
      try {
        while (!stopped && (await deliverQueuedEmails()) >= mailSettings.batch);
      } catch (e) {
        if (!stopped) log(`mail error: ${String(e)}`);
      }
      await sleep(opts.mailMs ?? 5_000);
    }
  };
  const loops = [...Array.from({ length: concurrency }, loop), sweep(), mail()];
  return {
    stop: async () => {
      stopped = true;
      wakeAll();
      await Promise.all(loops);
      if (unlisten) await (unlisten as () => Promise<void>)().catch(() => {});
    },
  };
}
