import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/db/client";
import { activities, automationRuns, automationRunSteps, deals, emailOutbox, tasks } from "@/db/schema";
import { createAccount } from "@/lib/accounts/create";
import { signBody } from "@/lib/automation/actions/messages";
import { engineSettings } from "@/lib/automation/engine";
import { listJobs } from "@/lib/automation/queue";
import { drainJobs, processJobs, startWorker } from "@/lib/automation/worker";
import { createDeal } from "@/lib/deals/create";
import { updateDeal } from "@/lib/deals/update";
import { addUser, newWorkspace, type TestUser } from "../helpers";
import { createAutomation, patchAutomation, stageTaskGraph, stagesOf } from "./automation-fixtures";

let admin: TestUser;
let st: Awaited<ReturnType<typeof stagesOf>>;
let n = 0;
const newDeal = async (user: TestUser, amount: number) =>
  createDeal({ ctx: user.ctx, input: { name: `Deal ${++n}`, amount, contact_email: `c${n}-${Date.now()}@ex.test`, contact_first_name: "Cleo" } });
const moveTo = (user: TestUser, id: string, stageId: string) => updateDeal({ ctx: user.ctx, id, input: { stage_id: stageId } });
const runsOf = (automationId: string) => db.select().from(automationRuns).where(eq(automationRuns.automationId, automationId)).orderBy(asc(automationRuns.startedAt));
const stepsOf = (runId: string) => db.select().from(automationRunSteps).where(eq(automationRunSteps.runId, runId)).orderBy(asc(automationRunSteps.at));
const tasksOf = (dealId: string) => db.select().from(tasks).where(eq(tasks.dealId, dealId));
const node = (id: string, type: string, data: unknown, y = 0) => ({ id, type, position: { x: 0, y }, data });
const edge = (source: string, target: string, sourceHandle?: string) => ({ id: `${source}-${target}`, source, target, sourceHandle });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(50);
  }
}

beforeAll(async () => {
  engineSettings.backoffMs = 20;
  admin = await newWorkspace("Engine");
  st = await stagesOf(admin);
  await drainJobs();
});

describe("the engine", () => {
  it("stage change → condition → CALL task for the owner, due in 24 h; the false branch does nothing", async () => {
    const { body: a } = await createAutomation(admin, { ...stageTaskGraph(st.negotiation!.id, { minAmount: 10000 }), isActive: true });
    const big = await newDeal(admin, 25000);
    const small = await newDeal(admin, 500);
    await moveTo(admin, big.id, st.negotiation!.id);
    await moveTo(admin, small.id, st.negotiation!.id);
    await moveTo(admin, small.id, st.proposal!.id); // not the stage the trigger wants
    await drainJobs();

    const [task] = await tasksOf(big.id);
    expect(task).toMatchObject({ type: "CALL", title: `Call ${big.name}`, assigneeId: admin.ctx.userId, dealId: big.id });
    expect(Math.abs(task!.endAt!.getTime() - Date.now() - 24 * 3_600_000)).toBeLessThan(60_000);
    expect(await tasksOf(small.id)).toHaveLength(0);

    const runs = await runsOf(a.id);
    expect(runs).toHaveLength(2);
    expect(runs.every((r) => r.status === "succeeded" && r.finishedAt)).toBe(true);
    const bigRun = runs.find((r) => r.recordId === big.id)!;
    expect((await stepsOf(bigRun.id)).map((s) => [s.nodeId, s.status])).toEqual([["t", "succeeded"], ["c", "succeeded"], ["a", "succeeded"]]);
    const smallRun = runs.find((r) => r.recordId === small.id)!;
    expect((await stepsOf(smallRun.id)).map((s) => [s.nodeId, s.output])).toEqual([["t", expect.anything()], ["c", { result: false }]]);
    // The timeline of the deal says an automation created the task.
    const [entry] = await db.select().from(activities).where(and(eq(activities.recordId, big.id), eq(activities.action, "task_created")));
    expect(entry).toMatchObject({ via: "automation", note: `Call ${big.name}` });
  });

  it("runs nothing for inactive automations and for other workspaces", async () => {
    const rival = await newWorkspace("Rival");
    const { body: inactive } = await createAutomation(admin, { ...stageTaskGraph(st.qualified!.id), isActive: false });
    const { body: foreign } = await createAutomation(rival, { ...stageTaskGraph((await stagesOf(rival)).qualified!.id), isActive: true });
    const d = await newDeal(admin, 1);
    await moveTo(admin, d.id, st.qualified!.id);
    await drainJobs();
    expect(await runsOf(inactive.id)).toHaveLength(0);
    expect(await runsOf(foreign.id)).toHaveLength(0);
  });

  it("a delay survives a restart and fires on time", async () => {
    const graph = {
      name: "Delayed note",
      automationTrigger: "account.created",
      isActive: true,
      nodes: [
        node("t", "trigger", { trigger: "account.created" }),
        node("d", "delay", { delay: { amount: 0.05, unit: "minutes" } }, 100),
        node("n", "action", { action: "add_note", config: { note: "Welcome {{account.name}}" } }, 200),
      ],
      edges: [edge("t", "d"), edge("d", "n")],
    };
    const { body: a } = await createAutomation(admin, graph);
    let worker = startWorker({ concurrency: 2, pollMs: 200, log: () => {} });
    const account = await createAccount({ ctx: admin.ctx, input: { name: "Globex" } });
    const run = await waitFor(async () => (await runsOf(a.id)).find((r) => r.status === "waiting"));
    const [wake] = await listJobs(db, sql`data->>'runId' = ${run.id} and state < 'active'`);
    expect(wake!.payload).toMatchObject({ nodeId: "d", wake: true, delayed: true });
    expect(wake!.startAfter.getTime() - run.startedAt.getTime()).toBeGreaterThan(2_500);

    // The process stops (workers and connections gone) before the delay is over, then starts again.
    await worker.stop();
    await closeDb();
    await sleep(500);
    expect((await runsOf(a.id))[0]!.status).toBe("waiting");
    worker = startWorker({ concurrency: 2, pollMs: 200, log: () => {} });
    const done = await waitFor(async () => (await runsOf(a.id)).find((r) => r.status === "succeeded"));
    await worker.stop();
    const steps = await stepsOf(done.id);
    const noteStep = steps.find((s) => s.nodeId === "n")!;
    expect(Math.abs(noteStep.at.getTime() - wake!.startAfter.getTime())).toBeLessThan(2_000);
    expect((await listJobs(db, sql`id = ${wake!.id}::uuid`))[0]!.state).toBe("completed");
    const notes = await db.select().from(activities).where(and(eq(activities.recordId, account.id), eq(activities.action, "note")));
    expect(notes.map((x) => x.note)).toEqual(["Welcome Globex"]);
  });

  describe("send_webhook", () => {
    let server: Server;
    let url: string;
    const received: { body: string; headers: IncomingMessage["headers"] }[] = [];
    let failures = 0;
    beforeAll(async () => {
      server = createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () => {
          received.push({ body, headers: req.headers });
          const fail = req.url === "/always-500" || (req.url === "/flaky" && failures++ < 1);
          res.writeHead(fail ? 500 : 200, { "content-type": "application/json" }).end(fail ? '{"error":"boom"}' : '{"ok":true}');
        });
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const hookGraph = (path: string, retries: number) => ({
      name: `Hook ${path}`,
      automationTrigger: "deal.won",
      isActive: true,
      nodes: [node("t", "trigger", { trigger: "deal.won" }), node("w", "action", { action: "send_webhook", config: { url: `${url}${path}`, retries, timeoutMs: 2000 } }, 100)],
      edges: [edge("t", "w")],
    });

    it("signs the body with HMAC-SHA256 and retries after a 500", async () => {
      const { body: a } = await createAutomation(admin, hookGraph("/flaky", 3));
      const d = await newDeal(admin, 10);
      await moveTo(admin, d.id, st.closed_won!.id);
      await drainJobs();
      await sleep(100); // the retry is due after the back-off
      await drainJobs();
      const [run] = await runsOf(a.id);
      expect(run!.status).toBe("succeeded");
      const calls = received.filter((r) => r.headers["idempotency-key"] === `${run!.id}:w`);
      expect(calls).toHaveLength(2);
      for (const c of calls) expect(c.headers["x-rapport-signature"]).toBe(signBody(a.webhook.secret, c.body));
      expect(JSON.parse(calls[1]!.body)).toMatchObject({ automation: { id: a.id }, record: { type: "deal", id: d.id, name: d.name } });
      const steps = await stepsOf(run!.id);
      expect(steps.filter((s) => s.nodeId === "w").map((s) => s.status)).toEqual(["failed", "succeeded"]);
    });

    it("fails the run visibly after its retries", async () => {
      const { body: a } = await createAutomation(admin, hookGraph("/always-500", 2));
      const d = await newDeal(admin, 10);
      await moveTo(admin, d.id, st.closed_won!.id);
      for (let i = 0; i < 4; i++) {
        await drainJobs();
        await sleep(120);
      }
      const [run] = await runsOf(a.id);
      expect(run).toMatchObject({ status: "failed" });
      expect(run!.error).toMatch(/^w: POST .* answered 500/);
      const attempts = (await stepsOf(run!.id)).filter((s) => s.nodeId === "w");
      expect(attempts.map((s) => s.attempt)).toEqual([1, 2, 3]);
      expect(attempts.every((s) => s.status === "failed")).toBe(true);
    });
  });

  it("stops a loop after a bounded depth and records why", async () => {
    const { body: a } = await createAutomation(admin, {
      name: "Echo",
      automationTrigger: "deal.updated",
      isActive: true,
      nodes: [node("t", "trigger", { trigger: "deal.updated" }), node("u", "action", { action: "update_record", config: { fields: { nextSteps: "again {{deal.name}} {{now}}" } } }, 100)],
      edges: [edge("t", "u")],
    });
    const d = await newDeal(admin, 1);
    await updateDeal({ ctx: admin.ctx, id: d.id, input: { next_steps: "start" } });
    await drainJobs();
    const runs = await runsOf(a.id);
    expect(runs).toHaveLength(engineSettings.maxDepth + 1);
    expect(runs.slice(0, -1).every((r) => r.status === "succeeded")).toBe(true);
    expect(runs.at(-1)).toMatchObject({ status: "failed", depth: engineSettings.maxDepth });
    expect(runs.at(-1)!.error).toMatch(/^Loop stopped/);
    await db.update(deals).set({ nextSteps: null }).where(eq(deals.id, d.id));
  });

  it("assigns owners in turn, queues emails in the outbox and on the timeline", async () => {
    const rep1 = await addUser(admin, "USER", "Rep One");
    const rep2 = await addUser(admin, "USER", "Rep Two");
    const { body: a } = await createAutomation(admin, {
      name: "Route",
      automationTrigger: "deal.created",
      isActive: true,
      nodes: [
        node("t", "trigger", { trigger: "deal.created" }),
        node("o", "action", { action: "assign_owner", config: { mode: "round_robin", userIds: [rep1.ctx.userId, rep2.ctx.userId] } }, 100),
        node("m", "action", { action: "send_email", config: { to: "{{owner.email}}", subject: "New deal {{deal.name}}", body: "Amount {{deal.amount}}" } }, 200),
      ],
      edges: [edge("t", "o"), edge("o", "m")],
    });
    const d1 = await newDeal(admin, 100);
    const d2 = await newDeal(admin, 200);
    const d3 = await newDeal(admin, 300);
    await drainJobs();
    const owners = await Promise.all([d1, d2, d3].map(async (d) => (await db.select().from(deals).where(eq(deals.id, d.id)))[0]!.ownerId));
    expect(owners).toEqual([rep1.ctx.userId, rep2.ctx.userId, rep1.ctx.userId]);
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.recordId, d2.id));
    expect(mail).toMatchObject({ to: rep2.email, subject: `New deal ${d2.name}`, body: "Amount 200", status: "queued" });
    expect((await runsOf(a.id)).every((r) => r.status === "succeeded")).toBe(true);
  });

  it("a step reached by two branches runs once; a run without delays completes in the job of its event", async () => {
    const { body: a } = await createAutomation(admin, {
      name: "Diamond",
      automationTrigger: "account.created",
      isActive: true,
      nodes: [
        node("t", "trigger", { trigger: "account.created" }),
        node("x", "action", { action: "add_note", config: { note: "left" } }, 100),
        node("y", "action", { action: "add_note", config: { note: "right" } }, 100),
        node("z", "action", { action: "add_note", config: { note: "joined" } }, 200),
      ],
      edges: [edge("t", "x"), edge("t", "y"), edge("x", "z"), edge("y", "z")],
    });
    const account = await createAccount({ ctx: admin.ctx, input: { name: "Diamond Inc" } });
    const [event] = await listJobs(db, sql`data->>'kind' = 'event' and state < 'active' and data->'payload'->'record'->>'id' = ${account.id}`);
    expect(await processJobs(1)).toBe(1); // only that event job (earlier tests left nothing pending)
    expect((await listJobs(db, sql`id = ${event!.id}::uuid`))[0]!.state).toBe("completed");
    expect(await listJobs(db, sql`data->'payload'->>'automationId' = ${a.id} and state < 'active'`)).toEqual([]); // no step jobs left
    const [run] = await runsOf(a.id);
    expect(run).toMatchObject({ status: "succeeded" });
    expect((await stepsOf(run!.id)).map((s) => s.nodeId).sort()).toEqual(["t", "x", "y", "z"]);
    const notes = await db.select().from(activities).where(and(eq(activities.recordId, account.id), eq(activities.action, "note")));
    expect(notes.map((x) => x.note).filter((x) => ["left", "right", "joined"].includes(x!)).sort()).toEqual(["joined", "left", "right"]);
    await patchAutomation(admin, a.id, { isActive: false });
    await drainJobs();
  });

  it("several workers run every event exactly once", async () => {
    const { body: a } = await createAutomation(admin, {
      name: "Count",
      automationTrigger: "account.created",
      isActive: true,
      nodes: [node("t", "trigger", { trigger: "account.created" }), node("n", "action", { action: "add_note", config: { note: "hi" } }, 100)],
      edges: [edge("t", "n")],
    });
    const workers = [startWorker({ concurrency: 3, pollMs: 100, log: () => {} }), startWorker({ concurrency: 3, pollMs: 100, log: () => {} })];
    const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => createAccount({ ctx: admin.ctx, input: { name: `Acc ${i}` } }).then((x) => x.id)));
    await waitFor(async () => {
      const runs = await runsOf(a.id);
      return runs.length === 30 && runs.every((r) => r.status === "succeeded");
    });
    await Promise.all(workers.map((w) => w.stop()));
    const runs = await runsOf(a.id);
    expect(new Set(runs.map((r) => r.recordId))).toEqual(new Set(ids));
    // (Earlier tests' automations on account.created add notes of their own, a few seconds later.)
    for (const id of ids) expect(await db.select().from(activities).where(and(eq(activities.recordId, id), eq(activities.action, "note"), eq(activities.note, "hi")))).toHaveLength(1);
  });
});
