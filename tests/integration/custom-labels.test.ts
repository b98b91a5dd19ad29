import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/custom-labels/route";
import * as item from "@/app/api/custom-labels/[id]/route";
import { db } from "@/db/client";
import { customLabels } from "@/db/schema";
import { ConeCustomLabel } from "@/lib/http/serializers/cone-settings";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { MISSING_ID } from "./deals-fixtures";

const list = (u: TestUser) => call(collection.GET, { path: "/api/custom-labels", headers: u.auth });
const create = (u: TestUser, body: unknown) => call(collection.POST, { method: "POST", path: "/api/custom-labels", body, headers: u.auth });
const patch = (u: TestUser, id: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/custom-labels/${id}`, body, params: { id }, headers: u.auth });
const remove = (u: TestUser, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/custom-labels/${id}`, params: { id }, headers: u.auth });
const countLabels = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(customLabels).where(eq(customLabels.tenantId, tenantId)))[0]!.n;

let admin: TestUser;
let rep: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Labelled");
  rep = await addUser(admin, "USER");
  other = await newWorkspace("Unlabelled");
});

describe("/api/custom-labels (document 003)", () => {
  it("creates (200), lists and replaces a label map, with the tenant and audit fields", async () => {
    const value = { label1: "Custom Label 1", label2: "Custom Label 2" };
    const res = await create(admin, { value });
    expect(res.status).toBe(200);
    expect(ConeCustomLabel.strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body).toMatchObject({ value, tenant: { id: admin.ctx.tenantId, name: "Labelled" }, isDeleted: false, createdBy: { id: admin.ctx.userId } });
    const all = await list(rep);
    expect(all.status).toBe(200);
    expect(all.body.map((l: { id: string }) => l.id)).toEqual([res.body.id]);
    expect((await list(other)).body).toEqual([]);
    const upd = await patch(admin, res.body.id, { value: { label1: "Renamed" } });
    expect(upd.status).toBe(200);
    expect(upd.body.value).toEqual({ label1: "Renamed" });
  });

  it.each([[{}], [{ value: null }], [{ value: "text" }], [{ value: [1, 2] }], [{ value: 5 }]])("rejects %j with 400 {error} naming value", async (body) => {
    const before = await countLabels(admin.ctx.tenantId);
    const res = await create(admin, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/^value: /);
    expect(res.body.errors).toHaveProperty(["value"]);
    expect(await countLabels(admin.ctx.tenantId)).toBe(before);
  });

  it("soft-deletes with 200 and a null body; another workspace's, unknown and malformed ids are 404", async () => {
    const { body: l } = await create(admin, { value: { a: "b" } });
    for (const id of [MISSING_ID, "x"]) {
      expect((await patch(admin, id, { value: {} })).status).toBe(404);
      expect((await remove(admin, id)).status).toBe(404);
    }
    expect((await patch(other, l.id, { value: {} })).status).toBe(404);
    expect((await remove(other, l.id)).status).toBe(404);
    const res = await remove(admin, l.id);
    expect(res.status).toBe(200);
    expect(res.text).toBe("null");
    const [row] = await db.select().from(customLabels).where(eq(customLabels.id, l.id));
    expect(row).toMatchObject({ isDeleted: true, deletedBy: admin.ctx.userId });
    expect((await list(admin)).body.some((x: { id: string }) => x.id === l.id)).toBe(false);
    expect((await remove(admin, l.id)).status).toBe(404);
  });

  it("lets only admins write (403)", async () => {
    const { body: l } = await create(admin, { value: { a: "b" } });
    const before = await countLabels(admin.ctx.tenantId);
    expect((await create(rep, { value: { a: "b" } })).status).toBe(403);
    expect((await patch(rep, l.id, { value: {} })).status).toBe(403);
    expect((await remove(rep, l.id)).status).toBe(403);
    expect(await countLabels(admin.ctx.tenantId)).toBe(before);
  });
});
