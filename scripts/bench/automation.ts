import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { automationRunSteps, automationRuns, deals, stages } from "@/db/schema";
import { createAccount } from "@/lib/accounts/create";
import { loadPrincipal } from "@/lib/auth/principal";
import { createAutomation } from "@/lib/automation/create";
import { listJobs } from "@/lib/automation/queue";
import { startWorker } from "@/lib/automation/worker";
import { generateKeyBetween } from "@/lib/deals/position";
import { updateDeal } from "@/lib/deals/update";
import { newId } from "@/lib/ids";
import { createWorkspace } from "@/lib/tenants/create-workspace";
import { ms } from "./load";

/**
 * The automation engine under load, in this process: `workers` job loops (as `npm start` runs them)
 * against the benchmark's database. A fresh workspace per run holds open deals and the issue's automation
 * "deal moved to Negotiation, amount > 10,000 → CALL task for the owner due in 24 h". Deals move to
 * Negotiation through lib/deals/update (as the board moves them), 8 clients at a time; each move is one
 * deal.stage_changed event.
 * - Backlog (throughput): `events` moves while no worker runs, then the workers start; the time until
 *   every run has finished, and runs lost, duplicated or failed.
 * - Live (latency): `live` moves while the workers run, paced at `liveRate` moves per second (below the
 *   workers' throughput: unpaced, 8 clients move deals faster than 4 job loops handle their events, and the
 *   figure becomes the backlog's waiting time); per event, the time to the run's first action and to its
 *   end (from the event's time, as the database recorded them).
 * - Delay precision: a 3-second delay on each of `delays` new accounts; how late each wake-up ran.
 */
export type AutomationBenchResult = {
  events: number;
  workers: number;
  /** Seconds the 8 clients took to move the backlog's deals (queueing its events). */
  produceS: number;
  runs: number;
  duplicates: number;
  failed: number;
  tasks: number;
  totalS: number;
  eventsPerS: number;
  live: number;
  liveRate: number;
  liveDuplicates: number;
  doneP50: number;
  doneP95: number;
  doneMax: number;
  actionP50: number;
  actionP95: number;
  delays: number;
  lateP50: number;
  lateP95: number;
  lateMax: number;
};

const say = (line: string) => console.log(`[bench] ${line}`);
const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

async function parallel<T>(items: T[], clients: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

async function waitUntil(what: string, timeoutMs: number, done: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export async function automationBench(opts: { events: number; live: number; liveRate: number; workers: number; delays: number }): Promise<AutomationBenchResult> {
  const stamp = Date.now();
  const { user, tenant } = await createWorkspace({ input: { tenantName: `Bench automations ${stamp}`, name: "Bench Admin", email: `automation-${stamp}@bench.test`, password: "bench-password-1" } });
  const ctx = (await loadPrincipal(user.id, "api_key"))!;
  const [negotiation] = await db.select().from(stages).where(and(eq(stages.tenantId, tenant.id), eq(stages.key, "negotiation")));
  if (!negotiation) throw new Error("the default pipeline has no negotiation stage");

  const pos = (y: number) => ({ x: 0, y });
  const a = await createAutomation({
    ctx,
    input: {
      name: "Big deals in negotiation → call",
      automationTrigger: "deal.stage_changed",
      isActive: true,
      nodes: [
        { id: "t", type: "trigger", position: pos(0), data: { trigger: "deal.stage_changed", config: { toStageId: negotiation.id } } },
        { id: "c", type: "condition", position: pos(120), data: { query: { combinator: "and", rules: [{ field: "amount", operator: ">", value: 10000 }] } } },
        { id: "a", type: "action", position: pos(240), data: { action: "create_task", config: { title: "Call {{deal.name}}", type: "CALL", dueInHours: 24, assignee: "owner" } } },
      ],
      edges: [
        { id: "e1", source: "t", target: "c" },
        { id: "e2", source: "c", target: "a", sourceHandle: "true" },
      ],
    },
  });

  // Deals inserted directly (no deal.created events): `events` for the backlog, `live` for the latency phase.
  const [proposal] = await db.select().from(stages).where(and(eq(stages.tenantId, tenant.id), eq(stages.key, "proposal")));
  let key: string | null = null;
  const insertDeals = async (n: number, prefix: string) => {
    const rows: (typeof deals.$inferInsert)[] = [];
    for (let i = 0; i < n; i++) {
      key = generateKeyBetween(key, null);
      rows.push({ id: newId(), tenantId: tenant.id, name: `${prefix} ${i + 1}`, amount: String(1000 + ((i * 7919) % 30000)), currency: "EUR", probability: proposal!.probability, pipelineId: proposal!.pipelineId!, stageId: proposal!.id, status: "open", position: key, ownerId: user.id, createdBy: user.id });
    }
    for (let i = 0; i < rows.length; i += 1000) await db.insert(deals).values(rows.slice(i, i + 1000));
    return rows.map((r) => r.id!);
  };
  const backlog = await insertDeals(opts.events, "Backlog");
  const live = await insertDeals(opts.live, "Live");
  const move = (ids: string[]) => parallel(ids, 8, (id) => updateDeal({ ctx, id, input: { stage_id: negotiation.id } }));
  const runsOf = async (ids: string[]) =>
    db
      .select({ id: automationRuns.id, recordId: automationRuns.recordId, status: automationRuns.status, event: automationRuns.event, finishedAt: automationRuns.finishedAt })
      .from(automationRuns)
      .where(and(eq(automationRuns.automationId, a.id), inArray(automationRuns.recordId, ids)));
  const finishedOf = async (ids: string[]) => (await runsOf(ids)).filter((r) => r.status === "succeeded" || r.status === "failed").length;
  const pendingOfTenant = async () =>
    (await listJobs(db, sql`data->>'tenantId' = ${tenant.id} and state < 'completed'`)).length;

  // Backlog: `events` deals move to Negotiation while no worker runs, so `events` triggering events wait
  // in the queue; then the workers start and we time how long they take to finish every run.
  const t0 = Date.now();
  await move(backlog);
  const produceS = (Date.now() - t0) / 1000;
  say(`automation: ${opts.events} deals moved (events queued) in ${produceS.toFixed(1)} s`);
  const workerStart = Date.now();
  const worker = startWorker({ concurrency: opts.workers, log: (m) => say(`worker: ${m}`) });
  try {
    await waitUntil("the backlog's runs", 300_000, async () => (await finishedOf(backlog)) >= opts.events);
    const [last] = await db.select({ at: sql<string>`max(${automationRuns.finishedAt})` }).from(automationRuns).where(and(eq(automationRuns.automationId, a.id), inArray(automationRuns.recordId, backlog)));
    const totalS = (new Date(last!.at).getTime() - workerStart) / 1000;
    const runs = await runsOf(backlog);
    const [taskCount] = await db.execute<{ n: number }>(sql`select count(*)::int as n from tasks where tenant_id = ${tenant.id} and title like 'Call Backlog %'`);

    // Live: the workers run while `live` deals move, `liveRate` per second; latency per event.
    const liveStart = Date.now();
    await parallel(
      live.map((id, i) => ({ id, at: liveStart + (i * 1000) / opts.liveRate })),
      8,
      async ({ id, at }) => {
        if (at > Date.now()) await new Promise((r) => setTimeout(r, at - Date.now()));
        await updateDeal({ ctx, id, input: { stage_id: negotiation.id } });
      },
    );
    await waitUntil("the live runs", 120_000, async () => (await finishedOf(live)) >= opts.live && (await pendingOfTenant()) === 0);
    const liveRuns = await runsOf(live);
    const actions = await db
      .select({ runId: automationRunSteps.runId, at: automationRunSteps.at })
      .from(automationRunSteps)
      .where(and(inArray(automationRunSteps.runId, liveRuns.map((r) => r.id)), eq(automationRunSteps.nodeId, "a"), eq(automationRunSteps.status, "succeeded")));
    const eventAt = new Map(liveRuns.map((r) => [r.id, Date.parse((r.event as { at: string }).at)]));
    const done = liveRuns.filter((r) => r.finishedAt).map((r) => r.finishedAt!.getTime() - eventAt.get(r.id)!).sort((x, y) => x - y);
    const toAction = actions.map((s) => s.at.getTime() - eventAt.get(s.runId)!).sort((x, y) => x - y);

    // Delay precision: a 3-second delay on each new account, then a note.
    const d = await createAutomation({
      ctx,
      input: {
        name: "Delayed welcome",
        automationTrigger: "account.created",
        isActive: true,
        nodes: [
          { id: "t", type: "trigger", position: pos(0), data: { trigger: "account.created" } },
          { id: "d", type: "delay", position: pos(120), data: { delay: { amount: 0.05, unit: "minutes" } } },
          { id: "n", type: "action", position: pos(240), data: { action: "add_note", config: { note: "Welcome {{account.name}}" } } },
        ],
        edges: [
          { id: "e1", source: "t", target: "d" },
          { id: "e2", source: "d", target: "n" },
        ],
      },
    });
    await parallel(Array.from({ length: opts.delays }, (_, i) => i), 4, (i) => createAccount({ ctx, input: { name: `Delayed ${i}` } }));
    const delayedDone = async () =>
      (await db.select({ n: sql<number>`count(*)::int` }).from(automationRuns).where(and(eq(automationRuns.automationId, d.id), eq(automationRuns.status, "succeeded"))))[0]!.n;
    await waitUntil("the delayed runs", 120_000, async () => (await delayedDone()) >= opts.delays);
    // Lateness: the wake-up step ran this long after the time its job was due.
    const dRuns = await db.select({ id: automationRuns.id }).from(automationRuns).where(eq(automationRuns.automationId, d.id));
    const wakeJobs = await listJobs(db, sql`data->>'kind' = 'step' and data->'payload'->>'wake' = 'true' and data->>'runId' = any(${sql.param(dRuns.map((r) => r.id))}::text[])`);
    const woke = await db
      .select({ runId: automationRunSteps.runId, at: automationRunSteps.at })
      .from(automationRunSteps)
      .where(and(inArray(automationRunSteps.runId, dRuns.map((r) => r.id)), eq(automationRunSteps.nodeId, "d"), eq(automationRunSteps.status, "succeeded")));
    const wokeAt = new Map(woke.map((s) => [s.runId, s.at.getTime()]));
    const wakes = wakeJobs.filter((j) => wokeAt.has(j.runId!));
    const late = wakes.map((w) => wokeAt.get(w.runId!)! - w.startAfter.getTime()).sort((x, y) => x - y);

    return {
      events: opts.events,
      workers: opts.workers,
      produceS,
      runs: runs.length,
      duplicates: runs.length - new Set(runs.map((r) => r.recordId)).size,
      failed: runs.filter((r) => r.status === "failed").length + liveRuns.filter((r) => r.status === "failed").length,
      tasks: taskCount?.n ?? 0,
      totalS,
      eventsPerS: opts.events / totalS,
      live: liveRuns.length,
      liveRate: opts.liveRate,
      liveDuplicates: liveRuns.length - new Set(liveRuns.map((r) => r.recordId)).size,
      doneP50: pct(done, 50),
      doneP95: pct(done, 95),
      doneMax: done.at(-1) ?? NaN,
      actionP50: pct(toAction, 50),
      actionP95: pct(toAction, 95),
      delays: wakes.length,
      lateP50: pct(late, 50),
      lateP95: pct(late, 95),
      lateMax: late.at(-1) ?? NaN,
    };
  } finally {
    await worker.stop();
  }
}

export function printAutomation(r: AutomationBenchResult): void {
  console.log(`\n### Automations (${r.workers} job loops in one process)\n`);
  console.log("| measure | value |");
  console.log("|---|---|");
  console.log(`| backlog: ${r.events} events queued by 8 clients in | ${r.produceS.toFixed(1)} s |`);
  console.log(`| backlog: runs started / duplicated / failed | ${r.runs} / ${r.duplicates} / ${r.failed} |`);
  console.log(`| backlog: tasks created (amount > 10,000) | ${r.tasks} |`);
  console.log(`| backlog: all ${r.events} runs done after the workers start | ${r.totalS.toFixed(1)} s (${r.eventsPerS.toFixed(0)} events/s) |`);
  console.log(`| live: runs / duplicated (${r.liveRate} moves/s) | ${r.live} / ${r.liveDuplicates} |`);
  console.log(`| live: event → first action, p50 / p95 | ${ms(r.actionP50)} / ${ms(r.actionP95)} ms |`);
  console.log(`| live: event → run done, p50 / p95 / max | ${ms(r.doneP50)} / ${ms(r.doneP95)} / ${ms(r.doneMax)} ms |`);
  console.log(`| delay wake-ups late, p50 / p95 / max (${r.delays} × 3 s) | ${ms(r.lateP50)} / ${ms(r.lateP95)} / ${ms(r.lateMax)} ms |`);
}
