import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { automationRunSteps, automationRuns, automations, type Automation, type AutomationRun } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import type { DomainEvent } from "@/lib/events/types";
import { runAction } from "./actions";
import { PermanentError } from "./actions/types";
import type { ActionName } from "./catalog";
import { conditionMatches } from "./conditions";
import { delayFieldDate } from "./delays";
import { ACTION_CONFIGS, DelayData, graphTrigger, type Graph, type GraphNode } from "./graph";
import { cancelRunJobs, enqueue, failJob, pendingOfRun, queueSettings, type AutomationJob, type NewJob } from "./queue";
import { loadRecord, type RecordSnapshot } from "./record";
import { syncSchedule } from "./schedule";

/** Tunables; tests shorten the back-off. */
export const engineSettings = {
  /** First retry delay (whole seconds; 0 retries at once); doubles with each attempt, with jitter (pg-boss retryBackoff). */
  get backoffMs() {
    return queueSettings.backoffMs;
  },
  set backoffMs(ms: number) {
    queueSettings.backoffMs = ms;
  },
  /** Runs started by runs started by … this many automation runs are stopped as a loop. */
  maxDepth: 5,
  /** Attempts of an action step (send_webhook uses its own `retries` + 1). */
  maxAttempts: 3,
};

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** The identity an automation acts with: its author, flagged as an automation (activity `via`). */
export function automationCtx(a: Automation, run: Pick<AutomationRun, "id" | "depth">): Ctx {
  return {
    tenantId: a.tenantId,
    tenantName: "",
    userId: a.createdBy ?? a.modifiedBy ?? "00000000-0000-0000-0000-000000000000",
    email: "",
    name: `Automation: ${a.name}`,
    role: "ADMIN",
    locale: "en",
    via: "token",
    automation: { automationId: a.id, runId: run.id, depth: run.depth },
  };
}

const graphOf = (a: { nodes: unknown; edges: unknown }): Graph => ({ nodes: a.nodes, edges: a.edges }) as Graph;

/** Does an event satisfy the trigger node's options (from/to stage, changed fields)? */
export function triggerMatches(graph: Graph, ev: DomainEvent): boolean {
  const trigger = graphTrigger(graph);
  if (!trigger || trigger.trigger !== ev.name) return false;
  const c = trigger.config;
  if (c.toStageId && ev.data.toStageId !== c.toStageId) return false;
  if (c.fromStageId && ev.data.fromStageId !== c.fromStageId) return false;
  if (c.fields?.length && !c.fields.some((f) => f in (ev.data.changes ?? {}))) return false;
  return true;
}

function stepJob(run: Pick<AutomationRun, "id" | "tenantId" | "automationId">, node: GraphNode, extra: Partial<NewJob> & { wake?: boolean } = {}): NewJob {
  const { wake, ...rest } = extra;
  const action = node.type === "action" ? (node.data.action as ActionName) : null;
  const retries = action === "send_webhook" ? ACTION_CONFIGS.send_webhook.safeParse(node.data.config).data?.retries : undefined;
  return {
    tenantId: run.tenantId,
    kind: "step",
    runId: run.id,
    key: `step:${run.id}:${node.id}${wake ? ":wake" : ""}`,
    payload: { runId: run.id, nodeId: node.id, automationId: run.automationId, ...(wake ? { wake: true, delayed: true } : {}) },
    maxAttempts: retries !== undefined ? retries + 1 : engineSettings.maxAttempts,
    ...rest,
  };
}

/** Starts a run of `a` on an event: the run row and the job of its trigger step, in the caller's transaction. */
export async function startRun(tx: DbOrTx, a: Automation, ev: DomainEvent, opts: { isTest?: boolean; rerunOf?: string } = {}): Promise<AutomationRun> {
  const { run, trigger } = await insertRun(tx, a, ev, opts);
  await enqueue(tx, [stepJob(run, trigger)]);
  return run;
}

async function insertRun(tx: DbOrTx, a: Automation, ev: DomainEvent, opts: { isTest?: boolean; rerunOf?: string } = {}): Promise<{ run: AutomationRun; trigger: GraphNode }> {
  const graph = graphOf(a);
  const [run] = await tx
    .insert(automationRuns)
    .values({ tenantId: a.tenantId, automationId: a.id, recordType: ev.record?.type ?? null, recordId: ev.record?.id ?? null, event: ev as never, graph, depth: ev.depth, isTest: opts.isTest ?? false, rerunOf: opts.rerunOf ?? null })
    .returning();
  const trigger = graph.nodes.find((n) => n.type === "trigger");
  if (!trigger) throw new PermanentError("the automation has no trigger");
  return { run: run!, trigger };
}

/** Jobs a run has pending (besides the running one), and how many of them are delay wake-ups. */
type Pending = { n: number; delayed: number };

/** Steps run inline, in the claiming transaction, at most this many per job (the rest become jobs). */
const MAX_INLINE_STEPS = 50;

/**
 * Has this node of the run already run (or, for a wake-up, woken)? Its step record commits with its
 * effects, and the caller holds the run (locked, or created in this transaction), so the answer cannot
 * change under it: a node reached again, by another branch or by a job queued twice, runs once.
 */
async function alreadyRan(tx: DbOrTx, runId: string, nodeId: string, wake: boolean): Promise<boolean> {
  const [row] = await tx
    .select({ id: automationRunSteps.id })
    .from(automationRunSteps)
    .where(and(eq(automationRunSteps.runId, runId), eq(automationRunSteps.nodeId, nodeId), inArray(automationRunSteps.status, wake ? ["succeeded"] : ["succeeded", "waiting"])))
    .limit(1);
  return !!row;
}

/**
 * Runs `nodes` and the nodes after them in the current transaction, each in a savepoint, instead of one
 * job per step: a run without delays completes in the job that started it. A node that already ran in
 * this run is skipped (alreadyRan; for a run created in this transaction, `fresh`, the nodes run here
 * are all there is to know). A step that fails inline is rolled back and queued as an ordinary step job,
 * which retries with back-off and records each failed attempt; send_webhook steps (an outside call, with
 * their own retries) and wake-ups after delays are always jobs. The record is loaded once and again only
 * after an action (which may have changed it). Returns the jobs queued for the run.
 */
async function advance(tx: DbOrTx, a: Automation, run: AutomationRun, nodes: GraphNode[], opts: { fresh?: boolean; record?: RecordSnapshot | null } = {}): Promise<Pending> {
  const queue = [...nodes];
  const deferred: GraphNode[] = [];
  const ran = new Set<string>();
  const woken = new Set<string>();
  let record = opts.record;
  let inline = 0;
  while (queue.length) {
    const node = queue.shift()!;
    if (inline >= MAX_INLINE_STEPS || (node.type === "action" && node.data.action === "send_webhook")) {
      deferred.push(node);
      continue;
    }
    let result: Awaited<ReturnType<typeof executeNode>> | "ran" | "failed";
    try {
      result = await tx.transaction(async (sp) => {
        if (opts.fresh ? ran.has(node.id) : await alreadyRan(sp, run.id, node.id, false)) return "ran" as const;
        return executeNode(sp, { a, run, node, attempt: 1, record });
      });
    } catch {
      result = "failed";
    }
    if (result === "ran") continue;
    if (result === "failed") {
      record = undefined;
      deferred.push(node);
      continue;
    }
    inline++;
    ran.add(node.id);
    record = node.type === "action" ? undefined : result.record;
    if (result.waitUntil) {
      woken.add(node.id);
      await enqueue(tx, [stepJob(run, node, { wake: true, runAt: result.waitUntil })]);
    }
    queue.push(...result.next);
  }
  await enqueue(tx, deferred.map((n) => stepJob(run, n)));
  return { n: new Set(deferred.map((n) => n.id)).size + woken.size, delayed: woken.size };
}

/** An event job: every matching active automation of the tenant starts a run, unless the event is a loop. */
async function handleEvent(tx: DbOrTx, job: AutomationJob): Promise<void> {
  const ev = job.payload as unknown as DomainEvent;
  const candidates = await tx
    .select()
    .from(automations)
    .where(and(eq(automations.tenantId, job.tenantId), eq(automations.automationTrigger, ev.name), eq(automations.isActive, true), sql`not ${automations.isDeleted}`));
  for (const a of candidates) {
    if (!triggerMatches(graphOf(a), ev)) continue;
    if (ev.depth >= engineSettings.maxDepth) {
      const error = `Loop stopped: this ${ev.name} event comes from ${ev.depth} automation runs in a row (automation ${ev.chain.join(" → ")}); the limit is ${engineSettings.maxDepth}.`;
      await tx.insert(automationRuns).values({ tenantId: a.tenantId, automationId: a.id, status: "failed", recordType: ev.record?.type ?? null, recordId: ev.record?.id ?? null, event: ev as never, graph: graphOf(a), depth: ev.depth, finishedAt: new Date(), error });
      continue;
    }
    const { run, trigger } = await insertRun(tx, a, ev);
    const pending = await advance(tx, a, run, [trigger], { fresh: true });
    await finishIfDone(tx, run, job.id, pending);
  }
}

/** A schedule tick: one run of the automation, and the next tick. */
async function handleSchedule(tx: DbOrTx, job: AutomationJob): Promise<void> {
  const { automationId, revision, at } = job.payload as { automationId: string; revision: number; at: string };
  const [a] = await tx.select().from(automations).where(and(eq(automations.id, automationId), eq(automations.tenantId, job.tenantId))).for("update");
  if (!a || !a.isActive || a.isDeleted || a.revision !== revision) return;
  await startRun(tx, a, { name: "schedule", tenantId: a.tenantId, record: null, actorId: null, data: { at }, depth: 0, chain: [], at: new Date().toISOString() });
  await syncSchedule(tx, a, new Date(Math.max(Date.parse(at), Date.now())));
}

async function delayUntil(tx: DbOrTx, tenantId: string, node: GraphNode, record: RecordSnapshot | null): Promise<Date | null> {
  const { delay } = DelayData.parse(node.data);
  if ("amount" in delay) return new Date(Date.now() + delay.amount * UNIT_MS[delay.unit]);
  return record ? delayFieldDate(tx, record, tenantId, delay.untilField, delay.offsetHours) : null;
}

/**
 * Executes one node of a run inside the job's transaction: effects, the step record and the jobs of the
 * next nodes commit together, so a step's effects happen at most once per run. Returns the next nodes.
 */
export async function executeNode(
  tx: DbOrTx,
  args: { a: Automation; run: AutomationRun; node: GraphNode; attempt: number; wake?: boolean; dryRun?: boolean; record?: RecordSnapshot | null },
): Promise<{ next: GraphNode[]; waitUntil?: Date; record: RecordSnapshot | null }> {
  const { a, run, node, dryRun = false } = args;
  const graph = run.graph as Graph;
  const record = args.record !== undefined ? args.record : run.recordId && run.recordType ? await loadRecord(tx, run.tenantId, run.recordType, run.recordId) : null;
  if (run.recordId && !record) throw new PermanentError(`the ${run.recordType} ${run.recordId} no longer exists`);
  const vars = { ...record?.vars, event: run.event, payload: (run.event as DomainEvent).data, automation: { id: a.id, name: a.name }, now: new Date().toISOString() };
  const t0 = Date.now();
  let out = graph.edges.filter((e) => e.source === node.id);
  let output: unknown = null;
  let waitUntil: Date | undefined;

  if (node.type === "trigger") output = { trigger: (run.event as DomainEvent).name, record: record ? { type: record.type, id: record.id } : null };
  else if (node.type === "condition") {
    if (!record) throw new PermanentError("conditions need a triggering record");
    const result = await conditionMatches(tx, automationCtx(a, run), record, node.data.query);
    output = { result };
    out = out.filter((e) => e.sourceHandle === String(result));
  } else if (node.type === "delay") {
    if (!args.wake) {
      const until = await delayUntil(tx, run.tenantId, node, record);
      if (until && until.getTime() > Date.now() && !dryRun) waitUntil = until;
      output = until ? { until: until.toISOString(), ...(dryRun ? { wouldWait: true } : {}) } : { skipped: "the date field is empty" };
    } else output = { waited: true };
  } else {
    output = await runAction(node.data.action as ActionName, {
      tx,
      ctx: automationCtx(a, run),
      config: node.data.config ?? {},
      record,
      vars,
      automation: { id: a.id, name: a.name, webhookSecret: a.webhookSecret },
      runId: run.id,
      nodeId: node.id,
      dryRun,
    });
  }
  await tx.insert(automationRunSteps).values({
    tenantId: run.tenantId,
    runId: run.id,
    nodeId: node.id,
    status: waitUntil ? "waiting" : "succeeded",
    input: node.data,
    output: output as never,
    attempt: args.attempt,
    durationMs: Date.now() - t0,
  });
  if (waitUntil) return { next: [], waitUntil, record };
  const next = out.map((e) => graph.nodes.find((n) => n.id === e.target)).filter((n): n is GraphNode => !!n);
  return { next, record };
}

/** The run's status from its pending jobs (other than the one running): none → succeeded, only delays → waiting. */
async function finishIfDone(tx: DbOrTx, run: AutomationRun, currentJobId: string, known?: Pending): Promise<void> {
  const pending = known ?? (await pendingOfRun(tx, run.id, currentJobId));
  const status = pending.n === 0 ? "succeeded" : pending.delayed === pending.n ? "waiting" : "running";
  if (status !== run.status) await tx.update(automationRuns).set({ status, finishedAt: status === "succeeded" ? new Date() : null }).where(eq(automationRuns.id, run.id));
}

/** A step job: the run's node, then the jobs of the nodes after it (or a wake-up job for a delay). */
async function handleStep(tx: DbOrTx, job: AutomationJob, attempt: number): Promise<void> {
  const { runId, nodeId, wake } = job.payload as { runId: string; nodeId: string; wake?: boolean };
  const [run] = await tx.select().from(automationRuns).where(eq(automationRuns.id, runId)).for("update");
  if (!run || run.status === "failed" || run.status === "succeeded") return;
  const [a] = await tx.select().from(automations).where(eq(automations.id, run.automationId));
  if (!a || a.isDeleted) throw new PermanentError("the automation was deleted");
  const node = (run.graph as Graph).nodes.find((n) => n.id === nodeId);
  if (!node) throw new PermanentError(`node ${nodeId} is not in the run's graph`);
  if (await alreadyRan(tx, run.id, node.id, !!wake)) return finishIfDone(tx, run, job.id);
  const { next, waitUntil, record } = await executeNode(tx, { a, run, node, attempt, wake });
  if (waitUntil) await enqueue(tx, [stepJob(run, node, { wake: true, runAt: waitUntil })]);
  await advance(tx, a, run, next, { record: node.type === "action" ? undefined : record });
  await finishIfDone(tx, run, job.id);
}

/** Runs one claimed job (inside a savepoint of the claiming transaction; see worker.ts). */
export async function handleJob(tx: DbOrTx, job: AutomationJob, attempt: number): Promise<void> {
  if (job.kind === "event") return handleEvent(tx, job);
  if (job.kind === "schedule") return handleSchedule(tx, job);
  return handleStep(tx, job, attempt);
}

/**
 * After a failed attempt (its savepoint rolled back): the attempt is recorded, and pg-boss retries the
 * job with back-off, or the job (and its run) fails for good.
 */
export async function recordFailure(tx: DbOrTx, job: AutomationJob, attempt: number, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const final = error instanceof PermanentError || attempt >= job.maxAttempts;
  const now = new Date();
  const { runId, nodeId } = job.payload as { runId?: string; nodeId?: string };
  if (job.kind === "step" && runId && nodeId) {
    const [run] = await tx.select({ id: automationRuns.id, status: automationRuns.status }).from(automationRuns).where(eq(automationRuns.id, runId)).for("update");
    if (run) {
      await tx.insert(automationRunSteps).values({ tenantId: job.tenantId, runId, nodeId, status: "failed", error: final ? message : `${message} (attempt ${attempt} of ${job.maxAttempts}, retrying)`, attempt });
      if (final && run.status !== "failed") {
        await tx.update(automationRuns).set({ status: "failed", finishedAt: now, error: `${nodeId}: ${message}` }).where(eq(automationRuns.id, runId));
        await cancelRunJobs(tx, [runId], job.id);
      }
    }
  }
  await failJob(tx, job, message, final);
}

