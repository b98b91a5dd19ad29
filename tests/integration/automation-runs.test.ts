import { createHmac } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as runsRoute from "@/app/api/automation/[automation]/runs/route";
import * as rerunRoute from "@/app/api/automation/[automation]/runs/[run]/rerun/route";
import * as testRunRoute from "@/app/api/automation/[automation]/test-run/route";
import * as webhookRoute from "@/app/api/automation/[automation]/webhook/route";
import { db } from "@/db/client";
import { automationRuns, automationRunSteps, tasks } from "@/db/schema";
import { engineSettings } from "@/lib/automation/engine";
import { listJobs } from "@/lib/automation/queue";
import { drainJobs } from "@/lib/automation/worker";
import { createDeal } from "@/lib/deals/create";
import { updateDeal } from "@/lib/deals/update";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { createAutomation, MISSING_ID, patchAutomation, stageTaskGraph, stagesOf } from "./automation-fixtures";

let admin: TestUser;
let rep: TestUser;
let other: TestUser;
let st: Awaited<ReturnType<typeof stagesOf>>;
const node = (id: string, type: string, data: unknown) => ({ id, type, position: { x: 0, y: 0 }, data });
const testRun = (u: TestUser, id: string, body: unknown) => call(testRunRoute.POST, { method: "POST", path: `/api/automation/${id}/test-run`, body, params: { automation: id }, headers: u.auth });
const listRuns = (u: TestUser, id: string) => call(runsRoute.GET, { path: `/api/automation/${id}/runs`, params: { automation: id }, headers: u.auth });

beforeAll(async () => {
  engineSettings.backoffMs = 20;
  admin = await newWorkspace("Runs");
  rep = await addUser(admin, "USER");
  other = await newWorkspace("Other");
  st = await stagesOf(admin);
});

describe("test runs, runs list and re-runs", () => {
  it("a dry run shows each step and changes nothing", async () => {
    const { body: a } = await createAutomation(admin, { ...stageTaskGraph(st.negotiation!.id, { minAmount: 100 }), isActive: true });
    const deal = await createDeal({ ctx: admin.ctx, input: { name: "Big one", amount: 5000, contact_email: "dry@ex.test", contact_first_name: "D" } });
    const res = await testRun(admin, a.id, { recordId: deal.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "succeeded", isTest: true, record: { type: "deal", id: deal.id } });
    expect(res.body.steps.map((s: { nodeId: string }) => s.nodeId)).toEqual(["t", "c", "a"]);
    expect(res.body.steps[2].output.wouldCreate).toMatchObject({ title: "Call Big one", type: "CALL" });
    expect(await db.select().from(tasks).where(eq(tasks.dealId, deal.id))).toHaveLength(0);
    // Errors: no record, another workspace's record, a rep, another workspace's automation.
    expect((await testRun(admin, a.id, {})).body.errors).toHaveProperty(["recordId"]);
    expect((await testRun(admin, a.id, { recordId: MISSING_ID })).status).toBe(400);
    expect((await testRun(admin, a.id, { recordId: "x" })).body.errors).toHaveProperty(["recordId"]);
    expect((await testRun(rep, a.id, { recordId: deal.id })).status).toBe(403);
    expect((await testRun(other, a.id, { recordId: deal.id })).status).toBe(404);
  });

  it("lists runs newest first with their steps, and re-runs a failed run", async () => {
    const { body: a } = await createAutomation(admin, { ...stageTaskGraph(st.proposal!.id), isActive: true });
    const deal = await createDeal({ ctx: admin.ctx, input: { name: "Rerun me", amount: 1, contact_email: "rr@ex.test", contact_first_name: "R" } });
    await drainJobs();
    await updateDeal({ ctx: admin.ctx, id: deal.id, input: { stage_id: st.proposal!.id } });
    // Run it, then make it look as if the task step had given up: no task, the run failed.
    await drainJobs();
    const [run] = await db.select().from(automationRuns).where(eq(automationRuns.automationId, a.id));
    await db.delete(tasks).where(eq(tasks.dealId, deal.id));
    await db.update(automationRunSteps).set({ status: "failed", error: "simulated" }).where(and(eq(automationRunSteps.runId, run!.id), eq(automationRunSteps.nodeId, "a")));
    await db.update(automationRuns).set({ status: "failed", error: "a: simulated", finishedAt: null }).where(eq(automationRuns.id, run!.id));

    const list = await listRuns(rep, a.id);
    expect(list.status).toBe(200);
    expect(list.body[0]).toMatchObject({ id: run!.id, status: "failed", record: { type: "deal", id: deal.id }, error: "a: simulated", finishedAt: null });
    expect(list.body[0].steps[0]).toMatchObject({ nodeId: "t", status: "succeeded", error: null });
    expect(typeof list.body[0].steps[0].at).toBe("string");

    const again = (u: TestUser, runId = run!.id) => call(rerunRoute.POST, { method: "POST", path: `/api/automation/${a.id}/runs/${runId}/rerun`, params: { automation: a.id, run: runId }, headers: u.auth });
    expect((await again(rep)).status).toBe(403);
    expect((await again(other)).status).toBe(404);
    expect((await again(admin, MISSING_ID)).status).toBe(404);
    const res = await again(admin);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ rerunOf: run!.id, status: "running" });
    await drainJobs();
    const runs = (await listRuns(admin, a.id)).body;
    expect(runs[0]).toMatchObject({ id: res.body.id, status: "succeeded" });
    expect(await db.select().from(tasks).where(eq(tasks.dealId, deal.id))).toHaveLength(1);
  });
});

describe("webhook and schedule triggers", () => {
  const hook = (id: string, body: string, headers: Record<string, string>) =>
    call(webhookRoute.POST, { method: "POST", path: `/api/automation/${id}/webhook`, rawBody: body, params: { automation: id }, headers: { "content-type": "application/json", ...headers } });

  it("starts a run for a signed request; 401 for a bad signature; 404 for unknown ids", async () => {
    const { body: a } = await createAutomation(admin, {
      name: "Inbound",
      automationTrigger: "webhook",
      isActive: true,
      nodes: [node("t", "trigger", { trigger: "webhook" }), node("a", "action", { action: "create_task", config: { title: "Lead from {{payload.body.source}}", assignee: admin.ctx.userId } })],
      edges: [{ id: "e", source: "t", target: "a" }],
    });
    const body = JSON.stringify({ source: "website" });
    const sig = `sha256=${createHmac("sha256", a.webhook.secret).update(body).digest("hex")}`;
    const res = await hook(a.id, body, { "x-rapport-signature": sig });
    expect(res.status).toBe(202);
    await drainJobs();
    const [run] = await db.select().from(automationRuns).where(eq(automationRuns.id, res.body.runId));
    expect(run!.status).toBe("succeeded");
    expect((await db.select().from(tasks).where(eq(tasks.title, "Lead from website"))).length).toBe(1);
    expect((await hook(a.id, body, { "x-rapport-secret": a.webhook.secret })).status).toBe(202);
    expect((await hook(a.id, body, { "x-rapport-signature": "sha256=00" })).status).toBe(401);
    expect((await hook(a.id, body, {})).status).toBe(401);
    expect((await hook(a.id, "{oops", { "x-rapport-secret": a.webhook.secret })).status).toBe(400);
    expect((await hook(MISSING_ID, body, { "x-rapport-secret": a.webhook.secret })).status).toBe(404);
  });

  it("queues the next schedule tick on activation and runs on it", async () => {
    const { body: a } = await createAutomation(admin, {
      name: "Every minute",
      automationTrigger: "schedule",
      isActive: true,
      nodes: [node("t", "trigger", { trigger: "schedule", config: { cron: "* * * * *" } }), node("m", "action", { action: "send_email", config: { to: "team@ex.test", subject: "Tick", body: "at {{now}}" } })],
      edges: [{ id: "e", source: "t", target: "m" }],
    });
    const ticks = await listJobs(db, sql`data->>'kind' = 'schedule'`);
    const mine = ticks.filter((j) => j.payload.automationId === a.id && j.state === "created");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.startAfter.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    // Saving again keeps one pending tick.
    await patchAutomation(admin, a.id, { name: "Every minute!" });
    const again = (await listJobs(db, sql`data->>'kind' = 'schedule' and state < 'active'`)).filter((j) => j.payload.automationId === a.id);
    expect(again).toHaveLength(1);
    // Make the tick due now, as if the minute had passed.
    await db.execute(sql`update pgboss.job set start_after = now() - interval '1 second' where id = ${again[0]!.id}::uuid`);
    await drainJobs();
    const [run] = await db.select().from(automationRuns).where(eq(automationRuns.automationId, a.id));
    expect(run).toMatchObject({ status: "succeeded", recordId: null });
    const next = (await listJobs(db, sql`data->>'kind' = 'schedule'`)).filter((j) => j.payload.automationId === a.id && j.state === "created");
    expect(next).toHaveLength(1);
  });
});
