import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/stage/route";
import * as item from "@/app/api/stage/[id]/route";
import { db } from "@/db/client";
import { pipelines, stages } from "@/db/schema";
import { ConeStage } from "@/lib/http/serializers/cone-settings";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { createDeal, dealBody, MISSING_ID } from "./deals-fixtures";

const list = (u: TestUser) => call(collection.GET, { path: "/api/stage", headers: u.auth });
const create = (u: TestUser, body: unknown) => call(collection.POST, { method: "POST", path: "/api/stage", body, headers: u.auth });
const get = (u: TestUser, id: string) => call(item.GET, { path: `/api/stage/${id}`, params: { id }, headers: u.auth });
const patch = (u: TestUser, id: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/stage/${id}`, body, params: { id }, headers: u.auth });
const remove = (u: TestUser, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/stage/${id}`, params: { id }, headers: u.auth });
const countStages = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(stages).where(eq(stages.tenantId, tenantId)))[0]!.n;

let admin: TestUser;
let manager: TestUser;
let rep: TestUser;
let other: TestUser;
let pipelineId: string;
beforeAll(async () => {
  admin = await newWorkspace("Stagey");
  manager = await addUser(admin, "MANAGER");
  rep = await addUser(admin, "USER");
  other = await newWorkspace("Elsewhere");
  const [p] = await db.select().from(pipelines).where(eq(pipelines.tenantId, admin.ctx.tenantId));
  pipelineId = p!.id;
});

describe("GET /api/stage", () => {
  it("lists every stage of the workspace in board order, in document 003's shape, to every role", async () => {
    const res = await list(rep);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body.map((s: { name: string }) => s.name).slice(0, 6)).toEqual(["New lead", "Qualified", "Proposal", "Negotiation", "Closed won", "Closed lost"]);
    for (const s of res.body) expect(ConeStage.strict().safeParse(s).error).toBeUndefined();
    expect(res.body[0]).toMatchObject({ key: "new_lead", kind: "open", position: 0, pipeline: { id: pipelineId, name: "Sales" }, isDeleted: false });
    const theirs = await list(other);
    expect(theirs.body.some((s: { id: string }) => res.body.some((m: { id: string }) => m.id === s.id))).toBe(false);
  });
});

describe("POST /api/stage", () => {
  it("creates a free-standing stage from document 003's {name}, answering 201", async () => {
    const res = await create(manager, { name: "Nouveau lead !" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: "Nouveau lead !", key: "nouveau_lead", kind: "open", pipeline: null, dealCount: 0, createdBy: { id: manager.ctx.userId } });
    expect(ConeStage.strict().safeParse(res.body).error).toBeUndefined();
  });

  it("accepts the client's id, and refuses a taken one with 409", async () => {
    const id = "018f1111-2222-7333-8444-555566667777";
    const res = await create(admin, { id, name: "Chosen id" });
    expect(res.status).toBe(201);
    expect(res.body.id).toBe(id);
    expect((await get(rep, id)).body.name).toBe("Chosen id");
    expect((await create(admin, { id, name: "Again" })).status).toBe(409);
  });

  it("adds a stage to a pipeline at a position, shifting the others, with its settings", async () => {
    const res = await create(manager, { name: "Demo", pipeline: { id: pipelineId }, position: 2, color: "#AABBCC", probability: 40, kind: "open" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ position: 2, color: "#aabbcc", probability: 40, pipeline: { id: pipelineId } });
    const names = (await list(rep)).body.filter((s: { pipeline: { id: string } | null }) => s.pipeline?.id === pipelineId).map((s: { name: string; position: number }) => `${s.position}:${s.name}`);
    expect(names).toEqual(["0:New lead", "1:Qualified", "2:Demo", "3:Proposal", "4:Negotiation", "5:Closed won", "6:Closed lost"]);
  });

  it("gives a unique key within the pipeline", async () => {
    const a = await create(manager, { name: "Proposal", pipelineId });
    expect(a.body.key).toBe("proposal_2");
    const b = await create(manager, { name: "X", pipelineId, key: "proposal" });
    expect(b.status).toBe(400);
    expect(b.body.errors).toHaveProperty(["key"]);
    await remove(manager, a.body.id);
  });

  it.each([
    [{}, "name"],
    [{ name: "" }, "name"],
    [{ name: 7 }, "name"],
    [{ name: "x".repeat(101) }, "name"],
    [{ name: "Bad", kind: "maybe" }, "kind"],
    [{ name: "Bad", color: "blue" }, "color"],
    [{ name: "Bad", probability: 101 }, "probability"],
    [{ name: "Bad", probability: "high" }, "probability"],
    [{ name: "Bad", id: "nope" }, "id"],
    [{ name: "Bad", pipeline: { id: MISSING_ID } }, "pipeline"],
    [{ name: "Bad", key: "Not A Key" }, "key"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await countStages(admin.ctx.tenantId);
    const res = await create(manager, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await countStages(admin.ctx.tenantId)).toBe(before);
  });

  it("refuses another workspace's pipeline as unknown, malformed JSON with 400, and reps with 403", async () => {
    const [theirs] = await db.select().from(pipelines).where(eq(pipelines.tenantId, other.ctx.tenantId));
    const res = await create(manager, { name: "Sneaky", pipeline: theirs!.id });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ pipeline: "no such pipeline" });
    const bad = await call(collection.POST, { method: "POST", path: "/api/stage", rawBody: "{nope", headers: { ...manager.auth, "content-type": "application/json" } });
    expect(bad.status).toBe(400);
    const before = await countStages(admin.ctx.tenantId);
    expect((await create(rep, { name: "Rep stage" })).status).toBe(403);
    expect(await countStages(admin.ctx.tenantId)).toBe(before);
  });
});

describe("GET/PATCH/DELETE /api/stage/{id}", () => {
  it("answers 404 for another workspace's, an unknown and a malformed id", async () => {
    const theirs = (await list(other)).body[0].id;
    for (const id of [theirs, MISSING_ID, "42"]) {
      expect((await get(admin, id)).status).toBe(404);
      expect((await patch(admin, id, { name: "X" })).status).toBe(404);
      expect((await remove(admin, id)).status).toBe(404);
    }
    expect((await get(other, theirs)).status).toBe(200);
  });

  it("renames, recolours and re-weights a stage; only given fields change", async () => {
    const { body: s } = await create(manager, { name: "Draft", pipelineId, color: "#111111" });
    const res = await patch(manager, s.id, { name: "Review", probability: 60 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: s.id, name: "Review", probability: 60, color: "#111111", modifiedBy: { id: manager.ctx.userId } });
    expect(typeof res.body.dateModified).toBe("string");
    expect((await patch(manager, s.id, { probability: -1 })).status).toBe(400);
    expect((await patch(rep, s.id, { name: "Rep" })).status).toBe(403);
    expect((await get(rep, s.id)).body.name).toBe("Review");
  });

  it("moves a stage within its pipeline with position", async () => {
    const { body: s } = await create(manager, { name: "Mover", pipelineId });
    await patch(manager, s.id, { position: 0 });
    const ordered = (await list(rep)).body.filter((x: { pipeline: { id: string } | null }) => x.pipeline?.id === pipelineId);
    expect(ordered[0].id).toBe(s.id);
    expect(ordered.map((x: { position: number }) => x.position)).toEqual(ordered.map((_: unknown, i: number) => i));
    await remove(manager, s.id);
  });

  it("deletes an unused stage with 204 (soft), and refuses a stage in use with 400", async () => {
    const { body: s } = await create(manager, { name: "Temp", pipelineId });
    const del = await remove(manager, s.id);
    expect(del.status).toBe(204);
    expect(del.text).toBe("");
    expect((await get(rep, s.id)).status).toBe(404);
    const [row] = await db.select().from(stages).where(eq(stages.id, s.id));
    expect(row).toMatchObject({ isDeleted: true, deletedBy: manager.ctx.userId });

    const { body: used } = await create(manager, { name: "Busy", pipelineId });
    const deal = await createDeal(admin, dealBody({ stage_id: used.id }));
    expect(deal.status).toBe(201);
    const refused = await remove(manager, used.id);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/1 deal/);
    // The same refusal without words, for clients that translate it.
    expect(refused.body.rule).toEqual({ key: "stage_in_use", params: { count: 1 } });
    expect((await get(rep, used.id)).body.dealCount).toBe(1);
    // Its kind cannot change under its deals either.
    const kind = await patch(manager, used.id, { kind: "won" });
    expect(kind.status).toBe(400);
    expect(kind.body.errors).toHaveProperty(["kind"]);
  });

  it("keeps at least one open stage in a pipeline", async () => {
    const [p] = await db.insert(pipelines).values({ tenantId: admin.ctx.tenantId, name: "Tiny", position: 5 }).returning();
    const { body: only } = await create(manager, { name: "Only", pipelineId: p!.id });
    const { body: won } = await create(manager, { name: "Won", pipelineId: p!.id, kind: "won" });
    expect(won.probability).toBe(100);
    expect((await remove(manager, only.id)).status).toBe(400);
    const kind = await patch(manager, only.id, { kind: "lost" });
    expect(kind.status).toBe(400);
    expect(kind.body.errors).toEqual({ kind: "a pipeline needs at least one open stage" });
    expect((await remove(manager, won.id)).status).toBe(204);
    const left = await db.select().from(stages).where(and(eq(stages.pipelineId, p!.id), eq(stages.isDeleted, false)));
    expect(left.map((s) => s.name)).toEqual(["Only"]);
  });
});
