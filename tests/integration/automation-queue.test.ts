import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, automationRuns, automationRunSteps, automations } from "@/db/schema";
import { createAccount } from "@/lib/accounts/create";
import { deleteAutomation } from "@/lib/automation/delete";
import { engineSettings, handleJob } from "@/lib/automation/engine";
import { boss, fetchJobs, listJobs } from "@/lib/automation/queue";
import { getAutomationView } from "@/lib/automation/views";
import { drainJobs, processJobs, sweepOverdueTasks } from "@/lib/automation/worker";
import { createTask } from "@/lib/tasks/create";
import { newWorkspace, type TestUser } from "../helpers";
import { createAutomation, patchAutomation } from "./automation-fixtures";

/** The engine on pg-boss: transactional fetch/complete, retries with back-off, idempotent keys, concurrency. */

let admin: TestUser;
const node = (id: string, type: string, data: unknown, y = 0) => ({ id, type, position: { x: 0, y }, data });
const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const runsOf = (automationId: string) => db.select().from(automationRuns).where(eq(automationRuns.automationId, automationId)).orderBy(asc(automationRuns.startedAt));
const stepsOf = (runId: string) => db.select().from(automationRunSteps).where(eq(automationRunSteps.runId, runId)).orderBy(asc(automationRunSteps.at));
const notesOf = (recordId: string, note: string) => db.select().from(activities).where(and(eq(activities.recordId, recordId), eq(activities.action, "note"), eq(activities.note, note)));
const jobsOfAutomation = (automationId: string) => listJobs(db, sql`data->'payload'->>'automationId' = ${automationId}`);

async function noteAutomation(name: string, note: string, extra: { delaySeconds?: number } = {}) {
  const nodes = [node("t", "trigger", { trigger: "account.created" }), node("n", "action", { action: "add_note", config: { note } }, 200)];
  const edges = [edge("t", "n")];
  if (extra.delaySeconds) {
    nodes.push(node("d", "delay", { delay: { amount: extra.delaySeconds / 60, unit: "minutes" } }, 100));
    edges.splice(0, 1, edge("t", "d"), edge("d", "n"));
  }
  const { status, body } = await createAutomation(admin, { name, automationTrigger: "account.created", isActive: true, nodes, edges });
  expect(status).toBe(200);
  return body as { id: string };
}

beforeAll(async () => {
  engineSettings.backoffMs = 0;
  admin = await newWorkspace("Queue");
  await drainJobs();
});
afterEach(async () => {
  engineSettings.backoffMs = 0;
  // Each test deactivates what it created, so that the next one sees only its own runs.
  for (const a of await db.select({ id: automations.id }).from(automations).where(eq(automations.isActive, true))) await patchAutomation(admin, a.id, { isActive: false });
  await drainJobs();
});

describe("pg-boss as the engine's queue", () => {
  it("events are jobs of the change's transaction: a rolled-back change queues nothing", async () => {
    await noteAutomation("Listens", "rolled back"); // an account.created automation: the event is queued
    const before = (await listJobs(db, sql`data->>'kind' = 'event'`)).length;
    await db.transaction(async (tx) => {
      const { emitEvent } = await import("@/lib/events/emit");
      await emitEvent(tx, admin.ctx, { name: "account.created", record: { type: "account", id: admin.ctx.tenantId } });
    });
    expect((await listJobs(db, sql`data->>'kind' = 'event'`)).length).toBe(before + 1);
    await expect(
      db.transaction(async (tx) => {
        const { emitEvent } = await import("@/lib/events/emit");
        await emitEvent(tx, admin.ctx, { name: "account.created", record: { type: "account", id: admin.ctx.tenantId } });
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect((await listJobs(db, sql`data->>'kind' = 'event'`)).length).toBe(before + 1);
  });

  it("a job claimed by a worker that dies mid-way (its transaction rolled back) runs again, exactly once", async () => {
    const a = await noteAutomation("Crash", "after crash");
    const account = await createAccount({ ctx: admin.ctx, input: { name: "Crashy" } });
    const [event] = await listJobs(db, sql`data->>'kind' = 'event' and state < 'active' and data->'payload'->'record'->>'id' = ${account.id}`);
    expect(event).toBeDefined();

    // A worker claims the job and runs it, then dies before committing: its transaction rolls back.
    let otherWorkerClaimed = -1;
    await expect(
      db.transaction(async (tx) => {
        const jobs = await fetchJobs(tx, 10);
        expect(jobs.map((j) => j.id)).toEqual([event!.id]);
        await tx.transaction((sp) => handleJob(sp, jobs[0]!, jobs[0]!.attempt));
        expect(await notesOf(account.id, "after crash")).toHaveLength(0); // not visible outside
        // While it holds the job, another worker finds nothing to do.
        otherWorkerClaimed = await processJobs(10);
        throw new Error("worker died");
      }),
    ).rejects.toThrow("worker died");
    expect(otherWorkerClaimed).toBe(0);
    expect(await runsOf(a.id)).toHaveLength(0);
    expect(await notesOf(account.id, "after crash")).toHaveLength(0);
    const [again] = await listJobs(db, sql`id = ${event!.id}::uuid`);
    expect(again).toMatchObject({ state: "created", retryCount: 0 });

    await drainJobs();
    const runs = await runsOf(a.id);
    expect(runs.map((r) => r.status)).toEqual(["succeeded"]);
    expect((await stepsOf(runs[0]!.id)).map((s) => [s.nodeId, s.status, s.attempt])).toEqual([["t", "succeeded", 1], ["n", "succeeded", 1]]);
    expect(await notesOf(account.id, "after crash")).toHaveLength(1);
    expect((await listJobs(db, sql`id = ${event!.id}::uuid`))[0]!.state).toBe("completed");
  });

  describe("retries", () => {
    let server: Server;
    let url: string;
    const hits: number[] = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        hits.push(Date.now());
        req.resume();
        res.writeHead(503).end("down");
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it("a failing step retries with exponential back-off, then fails the run and its job", async () => {
      engineSettings.backoffMs = 1_000;
      const { body: a } = await createAutomation(admin, {
        name: "Flaky hook",
        automationTrigger: "account.created",
        isActive: true,
        nodes: [node("t", "trigger", { trigger: "account.created" }), node("w", "action", { action: "send_webhook", config: { url, retries: 2, timeoutMs: 1000 } }, 100)],
        edges: [edge("t", "w")],
      });
      await createAccount({ ctx: admin.ctx, input: { name: "Hooked" } });
      const before = Date.now();
      await drainJobs();
      const [run] = await runsOf(a.id);
      expect(run!.status).toBe("running");
      expect(hits).toHaveLength(1);
      // The retry is not due yet: draining again runs nothing.
      const [job] = await listJobs(db, sql`data->>'runId' = ${run!.id}`);
      expect(job).toMatchObject({ state: "retry", retryCount: 0 });
      // Due one base delay after the transaction that ran the attempt began (the clock is PostgreSQL's now()).
      const due1 = Math.floor(job!.startAfter.getTime());
      expect(due1).toBeGreaterThanOrEqual(before + 1_000);
      await drainJobs();
      expect(hits).toHaveLength(1);

      const deadline = Date.now() + 15_000;
      while ((await runsOf(a.id))[0]!.status !== "failed" && Date.now() < deadline) {
        await drainJobs();
        await sleep(100);
      }
      const [failed] = await runsOf(a.id);
      expect(failed).toMatchObject({ status: "failed" });
      expect(failed!.error).toMatch(/^w: POST .* answered 503/);
      expect(hits).toHaveLength(3);
      // Each retry runs once due: the second attempt at or after the first due time, the third at least twice the
      // base after the transaction of the second began (itself after the first due time). Bounds taken from the
      // due times, not from the hits' spacing, hold however long a loaded machine takes to reach the webhook.
      expect(hits[1]!).toBeGreaterThanOrEqual(due1);
      expect(hits[2]! - due1).toBeGreaterThanOrEqual(2_000);
      expect((await stepsOf(failed!.id)).filter((s) => s.nodeId === "w").map((s) => [s.status, s.attempt])).toEqual([["failed", 1], ["failed", 2], ["failed", 3]]);
      expect((await listJobs(db, sql`id = ${job!.id}::uuid`))[0]).toMatchObject({ state: "failed", retryCount: 2 });
    }, 30_000);
  });

  it("two workers racing over a backlog never claim the same job; every step runs once", async () => {
    const a = await noteAutomation("Race", "raced");
    const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => createAccount({ ctx: admin.ctx, input: { name: `Race ${i}` } }).then((x) => x.id)));
    const events = await listJobs(db, sql`data->>'kind' = 'event' and state < 'active'`);
    expect(events.length).toBeGreaterThanOrEqual(40);
    let claimed = 0;
    const workerLoop = async () => {
      for (let n = await processJobs(3); n > 0; n = await processJobs(3)) claimed += n;
    };
    await Promise.all([workerLoop(), workerLoop(), workerLoop(), workerLoop()]);
    expect(claimed).toBe(events.length);
    const runs = await runsOf(a.id);
    expect(runs.map((r) => r.recordId).sort()).toEqual([...ids].sort());
    expect(runs.every((r) => r.status === "succeeded")).toBe(true);
    for (const id of ids) expect(await notesOf(id, "raced")).toHaveLength(1);
    const states = await listJobs(db, sql`id = any(${sql.param(events.map((e) => e.id))}::uuid[])`);
    expect(states.every((j) => j.state === "completed")).toBe(true);
  }, 60_000);

  it("delayedAutomationsCount reports pending delays; deleting the automation cancels them", async () => {
    const a = await noteAutomation("Later", "later", { delaySeconds: 600 });
    await createAccount({ ctx: admin.ctx, input: { name: "Later 1" } });
    await createAccount({ ctx: admin.ctx, input: { name: "Later 2" } });
    await drainJobs();
    expect((await runsOf(a.id)).map((r) => r.status)).toEqual(["waiting", "waiting"]);
    expect((await getAutomationView(db, admin.ctx, a.id)).stats.delayedCount).toBe(2);
    const wakes = await jobsOfAutomation(a.id);
    expect(wakes.filter((j) => j.state === "created")).toHaveLength(2);

    await deleteAutomation({ ctx: admin.ctx, id: a.id });
    expect((await runsOf(a.id)).map((r) => r.status)).toEqual(["failed", "failed"]);
    const after = await listJobs(db, sql`id = any(${sql.param(wakes.map((w) => w.id))}::uuid[])`);
    expect(after.map((j) => j.state)).toEqual(["cancelled", "cancelled"]);
  });

  it("pg-boss maintenance (expire, archive, purge) runs on our pool and keeps pending and recent jobs", async () => {
    const a = await noteAutomation("Kept", "kept", { delaySeconds: 600 });
    await createAccount({ ctx: admin.ctx, input: { name: "Kept" } });
    await drainJobs();
    const before = await jobsOfAutomation(a.id);
    await boss().maintain();
    expect(await jobsOfAutomation(a.id)).toEqual(before);
  });

  it("task.overdue is queued once per task and due date, however often the sweep runs", async () => {
    const { body: a } = await createAutomation(admin, {
      name: "Overdue",
      automationTrigger: "task.overdue",
      isActive: true,
      nodes: [node("t", "trigger", { trigger: "task.overdue" }), node("n", "action", { action: "add_note", config: { note: "overdue {{task.title}}" } }, 100)],
      edges: [edge("t", "n")],
    });
    const task = await createTask({ ctx: admin.ctx, input: { title: "Late one", dueAt: new Date(Date.now() - 3_600_000).toISOString() } });
    await sweepOverdueTasks();
    await sweepOverdueTasks();
    await drainJobs();
    await sweepOverdueTasks(); // after the event's job completed
    await drainJobs();
    const runs = (await runsOf(a.id)).filter((r) => r.recordId === task.id);
    expect(runs.map((r) => r.status)).toEqual(["succeeded"]);
  });
});
