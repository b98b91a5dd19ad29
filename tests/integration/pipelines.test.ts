import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/pipelines/route";
import * as item from "@/app/api/pipelines/[id]/route";
import * as stagesRoute from "@/app/api/pipelines/[id]/stages/route";
import * as orderRoute from "@/app/api/pipelines/[id]/stages/order/route";
import * as stageItem from "@/app/api/pipelines/[id]/stages/[stageId]/route";
import { db } from "@/db/client";
import { pipelines } from "@/db/schema";
import { many, one, RestPipeline, RestStage } from "@/lib/http/serializers/rest-settings";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { createDeal, dealBody, MISSING_ID } from "./deals-fixtures";

const list = (u: TestUser, q = "") => call(collection.GET, { path: `/api/pipelines${q}`, headers: u.auth });
const create = (u: TestUser, body: unknown) => call(collection.POST, { method: "POST", path: "/api/pipelines", body, headers: u.auth });
const get = (u: TestUser, id: string) => call(item.GET, { path: `/api/pipelines/${id}`, params: { id }, headers: u.auth });
const patch = (u: TestUser, id: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/pipelines/${id}`, body, params: { id }, headers: u.auth });
const remove = (u: TestUser, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/pipelines/${id}`, params: { id }, headers: u.auth });
const addStage = (u: TestUser, id: string, body: unknown) => call(stagesRoute.POST, { method: "POST", path: `/api/pipelines/${id}/stages`, body, params: { id }, headers: u.auth });
const reorder = (u: TestUser, id: string, body: unknown) => call(orderRoute.PUT, { method: "PUT", path: `/api/pipelines/${id}/stages/order`, body, params: { id }, headers: u.auth });
const patchStage = (u: TestUser, id: string, stageId: string, body: unknown) =>
  call(stageItem.PATCH, { method: "PATCH", path: `/api/pipelines/${id}/stages/${stageId}`, body, params: { id, stageId }, headers: u.auth });
const removeStage = (u: TestUser, id: string, stageId: string) =>
  call(stageItem.DELETE, { method: "DELETE", path: `/api/pipelines/${id}/stages/${stageId}`, params: { id, stageId }, headers: u.auth });
const countPipelines = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(pipelines).where(eq(pipelines.tenantId, tenantId)))[0]!.n;

let admin: TestUser;
let manager: TestUser;
let rep: TestUser;
let other: TestUser;
let sales: string;
beforeAll(async () => {
  admin = await newWorkspace("Piper");
  manager = await addUser(admin, "MANAGER");
  rep = await addUser(admin, "USER");
  other = await newWorkspace("Stranger");
  sales = (await list(admin)).body.data[0].id;
});

describe("GET /api/pipelines", () => {
  it("lists pipelines with their ordered stages in the {data, meta} envelope", async () => {
    const res = await list(rep);
    expect(res.status).toBe(200);
    expect(many(RestPipeline.strict()).safeParse(res.body).error).toBeUndefined();
    expect(res.body.meta).toEqual({ total: 1, limit: 50, offset: 0 });
    const [p] = res.body.data;
    expect(p).toMatchObject({ name: "Sales", isDefault: true, position: 0 });
    expect(p.stages.map((s: { key: string }) => s.key)).toEqual(["new_lead", "qualified", "proposal", "negotiation", "closed_won", "closed_lost"]);
    expect((await list(other)).body.data[0].id).not.toBe(p.id);
  });

  it("pages and searches, and rejects a bad limit with 400", async () => {
    await create(manager, { name: "Renewals", stages: [{ name: "Due" }, { name: "Renewed", kind: "won" }] });
    const page = await list(admin, "?limit=1&offset=1");
    expect(page.body.meta).toEqual({ total: 2, limit: 1, offset: 1 });
    expect(page.body.data.map((p: { name: string }) => p.name)).toEqual(["Renewals"]);
    expect((await list(admin, "?search=renew")).body.meta.total).toBe(1);
    const bad = await list(admin, "?limit=1000");
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty(["limit"]);
  });
});

describe("POST/PATCH/DELETE /api/pipelines", () => {
  it("creates a pipeline (201) with given stages, or the default ones, last in order", async () => {
    const res = await create(manager, { name: "Partners", stages: [{ name: "Intro", color: "#123456", probability: 5 }, { name: "Signed", kind: "won" }, { name: "Dropped", kind: "lost" }] });
    expect(res.status).toBe(201);
    expect(one(RestPipeline.strict()).safeParse(res.body).error).toBeUndefined();
    expect(res.body.data).toMatchObject({ name: "Partners", isDefault: false });
    expect(res.body.data.stages.map((s: { name: string; position: number; kind: string }) => `${s.position}:${s.name}:${s.kind}`)).toEqual(["0:Intro:open", "1:Signed:won", "2:Dropped:lost"]);
    const plain = await create(admin, { name: "Plain" });
    expect(plain.body.data.stages).toHaveLength(6);
    expect(plain.body.data.position).toBeGreaterThan(res.body.data.position);
  });

  it.each([
    [{}, "name"],
    [{ name: "" }, "name"],
    [{ name: "x".repeat(101) }, "name"],
    [{ name: "P", isDefault: "yes" }, "isDefault"],
    [{ name: "P", stages: [] }, "stages"],
    [{ name: "P", stages: [{ name: "Won", kind: "won" }] }, "stages"],
    [{ name: "P", stages: [{ name: "A", kind: "sideways" }] }, "stages[0].kind"],
    [{ name: "P", stages: [{ name: "A", key: "a" }, { name: "B", key: "a" }] }, "stages[1].key"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await countPipelines(admin.ctx.tenantId);
    const res = await create(manager, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await countPipelines(admin.ctx.tenantId)).toBe(before);
  });

  it("moves the default flag, never removes it", async () => {
    const { body } = await create(manager, { name: "Next default" });
    const res = await patch(manager, body.data.id, { isDefault: true, name: "Main" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ isDefault: true, name: "Main" });
    expect((await get(rep, sales)).body.data.isDefault).toBe(false);
    const refused = await patch(manager, body.data.id, { isDefault: false });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveProperty(["isDefault"]);
    // A default pipeline cannot be deleted.
    expect((await remove(manager, body.data.id)).status).toBe(400);
    await patch(manager, sales, { isDefault: true });
  });

  it("deletes an empty pipeline and its stages (204), and refuses one holding deals", async () => {
    const { body } = await create(manager, { name: "Short-lived" });
    const id = body.data.id;
    const deal = await createDeal(admin, dealBody({ pipeline_id: id }));
    expect(deal.status).toBe(201);
    const refused = await remove(manager, id);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/1 deal/);
    const { body: empty } = await create(manager, { name: "Empty" });
    expect((await remove(rep, empty.data.id)).status).toBe(403);
    expect((await remove(manager, empty.data.id)).status).toBe(204);
    expect((await get(rep, empty.data.id)).status).toBe(404);
  });

  it("answers 404 for another workspace's, unknown and malformed ids, and 403 to reps", async () => {
    const theirs = (await list(other)).body.data[0].id;
    for (const id of [theirs, MISSING_ID, "12"]) {
      expect((await get(admin, id)).status).toBe(404);
      expect((await patch(admin, id, { name: "x" })).status).toBe(404);
      expect((await remove(admin, id)).status).toBe(404);
      expect((await addStage(admin, id, { name: "x" })).status).toBe(404);
      expect((await reorder(admin, id, { stageIds: [MISSING_ID] })).status).toBe(404);
    }
    const before = await countPipelines(admin.ctx.tenantId);
    expect((await create(rep, { name: "Rep's" })).status).toBe(403);
    expect((await patch(rep, sales, { name: "Rep's" })).status).toBe(403);
    expect(await countPipelines(admin.ctx.tenantId)).toBe(before);
  });
});

describe("stages of a pipeline", () => {
  it("adds, changes, reorders and deletes stages through the pipeline's paths", async () => {
    const { body } = await create(manager, { name: "Workshop", stages: [{ name: "One" }, { name: "Two" }, { name: "Three", kind: "won" }] });
    const id = body.data.id;
    const [s1, s2, s3] = body.data.stages.map((s: { id: string }) => s.id);
    const added = await addStage(manager, id, { name: "Zero", position: 0, color: "#00ff00" });
    expect(added.status).toBe(201);
    expect(one(RestStage.strict()).safeParse(added.body).error).toBeUndefined();
    expect(added.body.data).toMatchObject({ pipelineId: id, position: 0, color: "#00ff00" });
    const s0 = added.body.data.id;

    const res = await reorder(manager, id, { stageIds: [s2, s1, s0, s3] });
    expect(res.status).toBe(200);
    expect(res.body.data.stages.map((s: { id: string; position: number }) => [s.id, s.position])).toEqual([[s2, 0], [s1, 1], [s0, 2], [s3, 3]]);

    const ren = await patchStage(manager, id, s0, { name: "Renamed", probability: 33 });
    expect(ren.status).toBe(200);
    expect(ren.body.data).toMatchObject({ name: "Renamed", probability: 33 });
    expect((await removeStage(manager, id, s0)).status).toBe(204);
    expect((await get(rep, id)).body.data.stages.map((s: { id: string; position: number }) => [s.id, s.position])).toEqual([[s2, 0], [s1, 1], [s3, 2]]);

    // A stage of another pipeline is not found under this one.
    const salesStage = (await get(admin, sales)).body.data.stages[0].id;
    expect((await removeStage(manager, id, salesStage)).status).toBe(404);
    expect((await patchStage(manager, id, salesStage, { name: "x" })).status).toBe(400);
  });

  it.each([
    [(ids: string[]) => ({ stageIds: ids.slice(1) }), "stageIds"],
    [(ids: string[]) => ({ stageIds: [...ids, ids[0]] }), "stageIds"],
    [(ids: string[]) => ({ stageIds: [...ids.slice(1), "018f0000-0000-7000-8000-000000000000"] }), "stageIds[2]"],
    [() => ({ stageIds: "abc" }), "stageIds"],
    [() => ({}), "stageIds"],
  ])("refuses a reorder that is not exactly the pipeline's stages %#, changing nothing", async (make, field) => {
    const { body } = await create(manager, { name: "Strict", stages: [{ name: "A" }, { name: "B" }, { name: "C" }] });
    const ids = body.data.stages.map((s: { id: string }) => s.id);
    const res = await reorder(manager, body.data.id, make(ids));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect((await get(rep, body.data.id)).body.data.stages.map((s: { id: string }) => s.id)).toEqual(ids);
  });

  it("lets only managers and admins reorder (403)", async () => {
    const ids = (await get(rep, sales)).body.data.stages.map((s: { id: string }) => s.id);
    expect((await reorder(rep, sales, { stageIds: [...ids].reverse() })).status).toBe(403);
    expect((await get(rep, sales)).body.data.stages.map((s: { id: string }) => s.id)).toEqual(ids);
    const live = await db.select().from(pipelines).where(and(eq(pipelines.id, sales), eq(pipelines.isDeleted, false)));
    expect(live).toHaveLength(1);
  });
});
