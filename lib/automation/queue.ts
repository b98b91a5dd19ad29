import PgBoss from "pg-boss";
import { sql, type SQL } from "drizzle-orm";
import { v5 as uuidv5 } from "uuid";
import { db, type DbOrTx } from "@/db/client";

/**
 * The durable queue of the automation engine is pg-boss (schema `pgboss`), driven through our own
 * postgres.js connections: pg-boss gets an executor that runs its SQL on the pool, or on a transaction
 * when we pass `{ db: executorFor(tx) }`. Jobs are therefore written in the transaction of the change
 * that causes them, and fetched, run and completed in one worker transaction (lib/automation/worker.ts).
 */

/** pg-boss's schema; created or migrated with our migrations (db/migrate.ts). */
export const BOSS_SCHEMA = "pgboss";
/** The one queue of the engine: events, steps and schedule ticks (`data.kind`). */
export const QUEUE = "automation";
/** The channel workers LISTEN on; NOTIFY is delivered when the enqueuing transaction commits. */
export const JOB_CHANNEL = "rapport_automation_jobs";
/** Completed and failed jobs stay in pg-boss's job table this long before it archives them, so that
 * deterministic job ids (idempotency keys) keep deduplicating for longer than any sweep window. */
export const KEEP_FINISHED_SECONDS = 8 * 86_400;

export type AutomationJobKind = "event" | "step" | "schedule";

/** What a job carries in pg-boss (`data`). */
export type JobData = { kind: AutomationJobKind; tenantId: string; runId: string | null; payload: Record<string, unknown> };

/** A job as the engine handles it: pg-boss's id and data, and this attempt out of how many. */
export type AutomationJob = JobData & { id: string; attempt: number; maxAttempts: number };

export type NewJob = {
  tenantId: string;
  kind: AutomationJobKind;
  payload: Record<string, unknown>;
  /** Idempotency key: becomes the job's id (UUID v5), so a second job with the same key is not created. */
  key?: string;
  runAt?: Date;
  runId?: string;
  /** Attempts in all (pg-boss retryLimit + 1). */
  maxAttempts?: number;
};

/** Tunables; tests shorten the back-off. */
export const queueSettings = {
  /** First retry delay in ms, rounded to whole seconds (pg-boss); 0 retries at once. Doubles with each attempt, with jitter. */
  backoffMs: Number(process.env.RAPPORT_AUTOMATION_BACKOFF_MS ?? 5_000),
};

type Executor = PgBoss.Db;

/** A value as node-postgres (pg-boss's usual driver) would send it: objects as JSON, undefined as null. */
function asPgValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (v === null || typeof v !== "object" || v instanceof Date || Array.isArray(v) || Buffer.isBuffer(v)) return v;
  return JSON.stringify(v);
}

/** pg-boss's `$1…$n` text and values as a drizzle query (parameters stay parameters). */
function toSql(text: string, values: unknown[] = []): SQL {
  if (!values.length) return sql.raw(text);
  const parts = text.split(/\$(\d+)\b/);
  return sql.join(
    parts.map((p, i) => (i % 2 ? sql`${sql.param(asPgValue(values[Number(p) - 1]))}` : sql.raw(p))),
    sql.raw(""),
  );
}

/** pg-boss wraps its maintenance and migrations in `BEGIN; … COMMIT;` (one text); postgres.js wants its own transactions. */
const WRAPPED = /^\s*BEGIN;([\s\S]*)COMMIT;\s*$/i;

/** An executor running pg-boss's SQL on `tx` (a transaction, a savepoint, or the pool). */
export function executorFor(tx: DbOrTx): Executor {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const wrapped = !values?.length ? WRAPPED.exec(text) : null;
      const rows = wrapped ? await tx.transaction((inner) => inner.execute(sql.raw(wrapped[1]!))) : await tx.execute(toSql(text, values));
      return { rows: rows as unknown as Record<string, unknown>[] };
    },
  };
}

const bossOptions = (): PgBoss.ConstructorOptions => ({
  db: executorFor(db),
  schema: BOSS_SCHEMA,
  // Our migrations install pg-boss (installQueue); workers only check the version.
  migrate: false,
  schedule: false,
  archiveCompletedAfterSeconds: KEEP_FINISHED_SECONDS,
  archiveFailedAfterSeconds: KEEP_FINISHED_SECONDS,
  deleteAfterDays: 7,
});

const store = globalThis as unknown as { __rapportBoss?: PgBoss };

/** The process's pg-boss API object (no connection of its own: it runs on the app's pool). */
export function boss(): PgBoss {
  store.__rapportBoss ??= new PgBoss(bossOptions());
  return store.__rapportBoss;
}

/**
 * Installs or migrates pg-boss's schema and the engine's queue, on the database behind `tx`. Run by
 * db/migrate.ts after our own migrations, so that `npm start`, `npm run worker`, the tests' template
 * database and the benchmark all have it.
 */
export async function installQueue(tx: DbOrTx): Promise<void> {
  const installer = new PgBoss({ ...bossOptions(), db: executorFor(tx), migrate: true, supervise: false });
  await installer.start();
  await installer.createQueue(QUEUE, { name: QUEUE, policy: "standard", retryLimit: 2, retryBackoff: true, retryDelay: 5 });
  await installer.stop({ graceful: false, close: false });
  // The engine looks up the pending jobs of a run (finishing it, cancelling it): a partial index keeps
  // that lookup independent of how many finished jobs the table holds.
  await tx.execute(sql.raw(`create index if not exists automation_job_run on ${BOSS_SCHEMA}.job ((data->>'runId')) where state < 'active'`));
}

/** Retry settings of a job with `maxAttempts` attempts in all. */
function retryOptions(maxAttempts: number) {
  const delaySeconds = Math.round(queueSettings.backoffMs / 1000);
  return { retryLimit: Math.max(0, maxAttempts - 1), retryDelay: delaySeconds, retryBackoff: delaySeconds > 0 };
}

/** The job id of an idempotency key. */
const KEY_NAMESPACE = "8b0f4c52-6f0e-4a7c-9a57-3d8f5f6a2b10";
export const jobIdOf = (key: string) => uuidv5(key, KEY_NAMESPACE);

/**
 * Adds jobs to pg-boss inside the caller's transaction: they exist if and only if the caller's change
 * commits, and workers are woken when it does. A job with a key already queued (or finished within
 * KEEP_FINISHED_SECONDS) is not added again.
 */
export async function enqueue(tx: DbOrTx, jobs: NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  // Sent together (postgres.js pipelines the two statements on the transaction's connection): one round trip.
  await Promise.all([
    boss().insert(
      jobs.map((j) => ({
        id: j.key ? jobIdOf(j.key) : undefined,
        name: QUEUE,
        data: { kind: j.kind, tenantId: j.tenantId, runId: j.runId ?? null, payload: j.payload } satisfies JobData,
        startAfter: j.runAt,
        ...retryOptions(j.maxAttempts ?? 3),
      })),
      { db: executorFor(tx) },
    ),
    tx.execute(sql`select pg_notify(${JOB_CHANNEL}, '')`),
  ]);
}

/**
 * Claims up to `batch` due jobs for the caller's transaction (pg-boss fetch: `FOR UPDATE SKIP LOCKED`,
 * state `active`). Nothing is visible to other workers until the transaction commits; if it rolls
 * back, the jobs are due again as they were.
 */
export async function fetchJobs(tx: DbOrTx, batch: number): Promise<AutomationJob[]> {
  const jobs = await boss().fetch<JobData>(QUEUE, { batchSize: batch, includeMetadata: true, db: executorFor(tx) });
  return jobs.map((j) => ({ ...j.data, id: j.id, attempt: j.retryCount + 1, maxAttempts: j.retryLimit + 1 }));
}

// pg-boss's complete/fail/cancel take `(name, ids, data, options)`; its typings omit data for arrays.
type Finisher = (name: string, ids: string[], data: object | null, options: PgBoss.ConnectionOptions) => Promise<unknown>;

/** Marks claimed jobs completed, in the claiming transaction. */
export async function completeJobs(tx: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length) await (boss().complete as unknown as Finisher)(QUEUE, ids, null, { db: executorFor(tx) });
}

/**
 * Records a failed attempt of a claimed job: pg-boss retries it with back-off while attempts remain,
 * else marks it failed. `final` ends it at once (a permanent error): the job is cancelled, its output
 * keeping the error.
 */
export async function failJob(tx: DbOrTx, job: AutomationJob, message: string, final: boolean): Promise<void> {
  const ex = executorFor(tx);
  await (boss().fail as unknown as Finisher)(QUEUE, [job.id], { message }, { db: ex });
  if (final && job.attempt < job.maxAttempts) await boss().cancel(QUEUE, [job.id], { db: ex });
}

const pendingState = sql.raw(`state < 'active'`);
const jobTable = sql.raw(`${BOSS_SCHEMA}.job`);

/** Ids of the pending (created or retry) jobs of runs, except `exceptId`. Read-only SQL on pg-boss's table. */
async function pendingJobsOfRuns(tx: DbOrTx, runIds: string[], exceptId?: string) {
  if (!runIds.length) return [];
  return tx.execute<{ id: string; delayed: boolean }>(
    sql`select id, coalesce((data->'payload'->>'delayed')::boolean, false) as delayed from ${jobTable}
        where name = ${QUEUE} and ${pendingState} and data->>'runId' = any(${sql.param(runIds)}::text[]) ${exceptId ? sql`and id <> ${exceptId}::uuid` : sql``}`,
  );
}

/** How many jobs of a run are still pending besides `exceptId`, and how many of them are delay wake-ups. */
export async function pendingOfRun(tx: DbOrTx, runId: string, exceptId?: string): Promise<{ n: number; delayed: number }> {
  const rows = await pendingJobsOfRuns(tx, [runId], exceptId);
  return { n: rows.length, delayed: rows.filter((r) => r.delayed).length };
}

/** Cancels the pending jobs of runs (a failed or deleted run), except `exceptId`. */
export async function cancelRunJobs(tx: DbOrTx, runIds: string[], exceptId?: string): Promise<void> {
  const rows = await pendingJobsOfRuns(tx, runIds, exceptId);
  if (rows.length) await boss().cancel(QUEUE, rows.map((r) => r.id), { db: executorFor(tx) });
}

/** Deletes the pending schedule ticks of an automation (a save re-queues the next one). */
export async function dropScheduleTicks(tx: DbOrTx, tenantId: string, automationId: string): Promise<void> {
  const rows = await tx.execute<{ id: string }>(
    sql`select id from ${jobTable} where name = ${QUEUE} and ${pendingState} and data->>'kind' = 'schedule'
        and data->>'tenantId' = ${tenantId} and data->'payload'->>'automationId' = ${automationId}`,
  );
  if (rows.length) await boss().deleteJob(QUEUE, rows.map((r) => r.id), { db: executorFor(tx) });
}

/** Pending delay wake-ups per automation of a tenant (`delayedAutomationsCount`). */
export async function pendingDelays(tx: DbOrTx, tenantId: string, automationIds: string[]): Promise<Map<string, number>> {
  if (!automationIds.length) return new Map();
  const rows = await tx.execute<{ automationId: string; n: number }>(
    sql`select data->'payload'->>'automationId' as "automationId", count(*)::int as n from ${jobTable}
        where name = ${QUEUE} and ${pendingState} and data->>'kind' = 'step' and data->>'tenantId' = ${tenantId}
          and (data->'payload'->>'delayed')::boolean and data->'payload'->>'automationId' = any(${sql.param(automationIds)}::text[])
        group by 1`,
  );
  return new Map(rows.map((r) => [r.automationId, r.n]));
}

/** When the next pending job is due, or null. */
export async function nextDueAt(tx: DbOrTx = db): Promise<Date | null> {
  const [row] = await tx.execute<{ at: number | null }>(sql`select (extract(epoch from min(start_after)) * 1000)::float8 as at from ${jobTable} where name = ${QUEUE} and ${pendingState}`);
  return row?.at != null ? new Date(row.at) : null;
}

/** A job in pg-boss's table, for inspection (tests, benchmark). */
export type QueuedJob = JobData & { id: string; state: string; startAfter: Date; retryCount: number; completedOn: Date | null };

/** The engine's jobs matching `where` (SQL on pg-boss's job table, read-only). */
export async function listJobs(tx: DbOrTx = db, where: SQL = sql`true`): Promise<QueuedJob[]> {
  const rows = await tx.execute<{ id: string; data: JobData; state: string; start_after: number; retry_count: number; completed_on: number | null }>(
    sql`select id, data, state::text as state, (extract(epoch from start_after) * 1000)::float8 as start_after, retry_count,
          (extract(epoch from completed_on) * 1000)::float8 as completed_on
        from ${jobTable} where name = ${QUEUE} and (${where}) order by start_after, created_on`,
  );
  return rows.map((r) => ({ ...r.data, id: r.id, state: r.state, startAfter: new Date(r.start_after), retryCount: r.retry_count, completedOn: r.completed_on != null ? new Date(r.completed_on) : null }));
}
