import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as builder from "@/app/api/automation/builder/data/route";
import * as collection from "@/app/api/automation/route";
import * as item from "@/app/api/automation/[automation]/route";
import * as duplicate from "@/app/api/automation/[automation]/duplicate/route";
import * as runs from "@/app/api/automation/[automation]/runs/route";
import { db } from "@/db/client";
import { automations } from "@/db/schema";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { createAutomation, getAutomation, MISSING_ID, patchAutomation, stageTaskGraph, stagesOf } from "./automation-fixtures";

let admin: TestUser;
let manager: TestUser;
let rep: TestUser;
let other: TestUser;
let negotiation: string;
const count = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(automations).where(eq(automations.tenantId, tenantId)))[0]!.n;

beforeAll(async () => {
  admin = await newWorkspace("Flow");
  manager = await addUser(admin, "MANAGER");
  rep = await addUser(admin, "USER");
  other = await newWorkspace("Rival");
  negotiation = (await stagesOf(admin)).negotiation!.id;
});

describe("GET /api/automation/builder/data", () => {
  it("lists triggers, actions and conditions as strings", async () => {
    const res = await call(builder.GET, { path: "/api/automation/builder/data", headers: rep.auth });
    expect(res.status).toBe(200);
    expect(res.body.triggers).toContain("deal.stage_changed");
    expect(res.body.actions).toContain("send_webhook");
    for (const key of ["triggers", "actions", "conditions"]) expect(res.body[key].every((s: unknown) => typeof s === "string")).toBe(true);
  });
  it("needs credentials", async () => {
    expect((await call(builder.GET, { path: "/api/automation/builder/data" })).status).toBe(401);
  });
});

describe("POST /api/automation", () => {
  it("creates an active automation in document 003's shape plus id and isActive", async () => {
    const res = await createAutomation(manager, { ...stageTaskGraph(negotiation), isActive: true });
    expect(res.status).toBe(200);
    const a = res.body;
    expect(a).toMatchObject({ name: "Stage → task", automationTrigger: "deal.stage_changed", isActive: true, delayedAutomationsCount: 0, franchise: null, runCount: 0, isDeleted: false });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.nodes).toHaveLength(2);
    expect(a.edges[0]).toEqual({ id: "e1", source: "t", target: "a", sourceHandle: null, targetHandle: null, data: {} });
    expect(a.createdBy).toEqual({ id: manager.ctx.userId });
    expect(typeof a.webhook.secret).toBe("string");
  });

  it("accepts document 003's minimal body as a draft", async () => {
    const res = await createAutomation(admin, { name: "Draft", automationTrigger: "deal.created", nodes: [], edges: [], franchise: null, delayedAutomationsCount: 0 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ isActive: false, nodes: [], edges: [] });
  });

  it("saves an invalid graph as a draft but refuses to activate it, naming the problems", async () => {
    const graph = stageTaskGraph(negotiation);
    (graph.nodes[1] as { data: { config: Record<string, unknown> } }).data.config = { type: "CALL" };
    expect((await createAutomation(admin, graph)).status).toBe(200);
    const before = await count(admin.ctx.tenantId);
    const res = await createAutomation(admin, { ...graph, isActive: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(["nodes[1].data.config.title"]);
    expect(res.body.errors).toHaveProperty(["isActive"]);
    expect(await count(admin.ctx.tenantId)).toBe(before);
  });

  it("refuses to activate with another workspace's stage", async () => {
    const foreign = (await stagesOf(other)).negotiation!.id;
    const res = await createAutomation(admin, { ...stageTaskGraph(foreign), isActive: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(["nodes[0].data.config.toStageId"]);
  });

  it.each([
    [{ automationTrigger: "deal.created" }, "name"],
    [{ name: "x" }, "automationTrigger"],
    [{ name: "x", automationTrigger: "deal.exploded" }, "automationTrigger"],
    [{ name: "x".repeat(256), automationTrigger: "deal.created" }, "name"],
    [{ name: 7, automationTrigger: "deal.created" }, "name"],
    [{ name: "x", automationTrigger: "deal.created", nodes: "all" }, "nodes"],
    [{ name: "x", automationTrigger: "deal.created", nodes: [{ id: "n", type: "robot", position: { x: 0, y: 0 }, data: {} }] }, "nodes[0].type"],
    [{ name: "x", automationTrigger: "deal.created", edges: [{ id: "e", source: "a" }] }, "edges[0].target"],
    [{ name: "x", automationTrigger: "deal.created", isActive: "yes" }, "isActive"],
    [{ name: "x", automationTrigger: "deal.created", delayedAutomationsCount: "many" }, "delayedAutomationsCount"],
    [{ name: "x", automationTrigger: "deal.created", franchise: MISSING_ID }, "franchise"],
    [{ ...stageTaskGraph(MISSING_ID), automationTrigger: "deal.created" }, "automationTrigger"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await count(admin.ctx.tenantId);
    const res = await createAutomation(admin, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await count(admin.ctx.tenantId)).toBe(before);
  });

  it("rejects malformed JSON with 400", async () => {
    const res = await call(collection.POST, { method: "POST", path: "/api/automation", rawBody: "{nope", headers: { ...admin.auth, "content-type": "application/json" } });
    expect(res.status).toBe(400);
  });

  it("lets only managers and admins create (403 for a rep)", async () => {
    const before = await count(admin.ctx.tenantId);
    expect((await createAutomation(rep, stageTaskGraph(negotiation))).status).toBe(403);
    expect(await count(admin.ctx.tenantId)).toBe(before);
  });
});

describe("GET /api/automation and /api/automation/{automation}", () => {
  it("lists the workspace's automations only, each with its id", async () => {
    const mine = await createAutomation(admin, { name: "Listed", automationTrigger: "deal.won" });
    await createAutomation(other, { name: "Secret", automationTrigger: "deal.won" });
    const res = await call(collection.GET, { path: "/api/automation", headers: rep.auth });
    expect(res.status).toBe(200);
    expect(res.body.map((a: { id: string }) => a.id)).toContain(mine.body.id);
    expect(res.body.map((a: { name: string }) => a.name)).not.toContain("Secret");
    expect(res.body.find((a: { id: string }) => a.id === mine.body.id).webhook).toBeNull();
  });

  it("gets one; another workspace's, unknown and malformed ids are 404", async () => {
    const mine = await createAutomation(admin, { name: "One", automationTrigger: "deal.lost" });
    expect((await getAutomation(rep, mine.body.id)).body).toMatchObject({ id: mine.body.id, name: "One" });
    expect((await getAutomation(other, mine.body.id)).status).toBe(404);
    expect((await getAutomation(admin, MISSING_ID)).status).toBe(404);
    expect((await getAutomation(admin, "42")).status).toBe(404);
  });
});

describe("PATCH /api/automation/{automation}", () => {
  it("changes the given fields, activates a valid graph, and follows the trigger node", async () => {
    const { body: a } = await createAutomation(admin, { name: "Later", automationTrigger: "deal.created" });
    const graph = stageTaskGraph(negotiation, { minAmount: 10000 });
    const res = await patchAutomation(admin, a.id, { nodes: graph.nodes, edges: graph.edges, isActive: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Later", automationTrigger: "deal.stage_changed", isActive: true, revision: 2 });
    expect(res.body.modifiedBy).toEqual({ id: admin.ctx.userId });
    // A full Automation3 body (document 003 requires one) works too.
    const full = await patchAutomation(admin, a.id, { ...graph, name: "Renamed", delayedAutomationsCount: 3 });
    expect(full.body).toMatchObject({ name: "Renamed", delayedAutomationsCount: 0 });
  });

  it("refuses to activate an invalid graph and leaves it unchanged", async () => {
    const { body: a } = await createAutomation(admin, { name: "Broken", automationTrigger: "deal.created" });
    const res = await patchAutomation(admin, a.id, { isActive: true, name: "Changed" });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(["nodes"]);
    expect((await getAutomation(admin, a.id)).body).toMatchObject({ name: "Broken", isActive: false });
  });

  it.each([
    [{ name: "" }, "name"],
    [{ automationTrigger: "nope" }, "automationTrigger"],
    [{ edges: [{ id: 1 }] }, "edges[0].id"],
  ])("rejects bad input %# naming %s", async (body, field) => {
    const { body: a } = await createAutomation(admin, { name: "Stable", automationTrigger: "deal.created" });
    const res = await patchAutomation(admin, a.id, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect((await getAutomation(admin, a.id)).body.name).toBe("Stable");
  });

  it("404s for another workspace and 403s for a rep", async () => {
    const { body: a } = await createAutomation(admin, { name: "Mine", automationTrigger: "deal.created" });
    expect((await patchAutomation(other, a.id, { name: "Hijack" })).status).toBe(404);
    expect((await patchAutomation(rep, a.id, { name: "Rep" })).status).toBe(403);
    expect((await getAutomation(admin, a.id)).body.name).toBe("Mine");
  });
});

describe("DELETE, duplicate and runs", () => {
  it("duplicates as an inactive copy (200), 404 for another workspace", async () => {
    const { body: a } = await createAutomation(admin, { ...stageTaskGraph(negotiation), name: "Original", isActive: true });
    const res = await call(duplicate.POST, { method: "POST", path: `/api/automation/${a.id}/duplicate`, params: { automation: a.id }, headers: admin.auth });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Original (copy)", isActive: false, nodes: a.nodes, edges: a.edges });
    expect(res.body.id).not.toBe(a.id);
    expect(res.body.webhook.secret).not.toBe(a.webhook.secret);
    expect((await call(duplicate.POST, { method: "POST", path: `/api/automation/${a.id}/duplicate`, params: { automation: a.id }, headers: other.auth })).status).toBe(404);
    expect((await call(duplicate.POST, { method: "POST", path: `/api/automation/${a.id}/duplicate`, params: { automation: a.id }, headers: rep.auth })).status).toBe(403);
  });

  it("deletes softly (200), then 404; other workspace and reps cannot", async () => {
    const { body: a } = await createAutomation(admin, { name: "Doomed", automationTrigger: "deal.created" });
    const del = (u: TestUser) => call(item.DELETE, { method: "DELETE", path: `/api/automation/${a.id}`, params: { automation: a.id }, headers: u.auth });
    expect((await del(other)).status).toBe(404);
    expect((await del(rep)).status).toBe(403);
    expect((await del(admin)).status).toBe(200);
    expect((await getAutomation(admin, a.id)).status).toBe(404);
    expect((await del(admin)).status).toBe(404);
    const [row] = await db.select().from(automations).where(eq(automations.id, a.id));
    expect(row).toMatchObject({ isDeleted: true, deletedBy: admin.ctx.userId });
  });

  it("lists runs (empty at first); bad query 400; other workspace 404", async () => {
    const { body: a } = await createAutomation(admin, { name: "Quiet", automationTrigger: "deal.created" });
    const get = (u: TestUser, q = "") => call(runs.GET, { path: `/api/automation/${a.id}/runs${q}`, params: { automation: a.id }, headers: u.auth });
    expect((await get(rep)).body).toEqual([]);
    const bad = await get(admin, "?limit=0");
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty(["limit"]);
    expect((await get(other)).status).toBe(404);
  });
});
