import { beforeAll, describe, expect, it } from "vitest";
import * as franchises from "@/app/api/franchises/route";
import * as franchise from "@/app/api/franchises/[id]/route";
import * as departments from "@/app/api/departments/route";
import * as department from "@/app/api/departments/[id]/route";
import * as leadSources from "@/app/api/lead-sources/route";
import * as leadSource from "@/app/api/lead-sources/[id]/route";
import { many, one, RestDepartment, RestFranchise, RestLeadSource } from "@/lib/http/serializers/rest-settings";
import type { z } from "zod";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { MISSING_ID } from "./deals-fixtures";

type Family = {
  path: string;
  collection: typeof franchises;
  item: typeof franchise;
  schema: z.ZodObject;
  writer: "ADMIN" | "MANAGER";
  body: Record<string, unknown>;
  bad: [Record<string, unknown>, string][];
};

const FAMILIES: Family[] = [
  { path: "/api/franchises", collection: franchises, item: franchise, schema: RestFranchise, writer: "ADMIN", body: { name: "Lyon", code: "LY", isActive: true }, bad: [[{}, "name"], [{ name: "x".repeat(121) }, "name"], [{ name: "A", isActive: "no" }, "isActive"], [{ name: "A", code: "x".repeat(41) }, "code"]] },
  { path: "/api/departments", collection: departments, item: department, schema: RestDepartment, writer: "ADMIN", body: { name: "Used cars" }, bad: [[{}, "name"], [{ name: 5 }, "name"], [{ name: "A", franchiseId: "nope" }, "franchiseId"], [{ name: "A", pipelineId: MISSING_ID }, "pipelineId"]] },
  { path: "/api/lead-sources", collection: leadSources, item: leadSource, schema: RestLeadSource, writer: "MANAGER", body: { name: "Website" }, bad: [[{}, "name"], [{ name: "" }, "name"], [{ name: ["x"] }, "name"]] },
];

let admin: TestUser;
let manager: TestUser;
let rep: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Orgs");
  manager = await addUser(admin, "MANAGER");
  rep = await addUser(admin, "USER");
  other = await newWorkspace("OtherOrgs");
});

describe.each(FAMILIES)("$path", (f) => {
  const list = (u: TestUser, q = "") => call(f.collection.GET, { path: `${f.path}${q}`, headers: u.auth });
  const create = (u: TestUser, body: unknown) => call(f.collection.POST, { method: "POST", path: f.path, body, headers: u.auth });
  const get = (u: TestUser, id: string) => call(f.item.GET, { path: `${f.path}/${id}`, params: { id }, headers: u.auth });
  const patch = (u: TestUser, id: string, body: unknown) => call(f.item.PATCH, { method: "PATCH", path: `${f.path}/${id}`, body, params: { id }, headers: u.auth });
  const remove = (u: TestUser, id: string) => call(f.item.DELETE, { method: "DELETE", path: `${f.path}/${id}`, params: { id }, headers: u.auth });
  const writer = () => (f.writer === "ADMIN" ? admin : manager);

  it("creates (201 {data}), gets, lists with {data, meta}, updates and soft-deletes (204)", async () => {
    const res = await create(writer(), f.body);
    expect(res.status).toBe(201);
    expect(one(f.schema.strict()).safeParse(res.body).error).toBeUndefined();
    expect(res.body.data).toMatchObject(f.body);
    const id = res.body.data.id;
    expect((await get(rep, id)).body.data.id).toBe(id);
    await create(writer(), { ...f.body, name: "Zeta" });
    const page = await list(rep, "?limit=1&sort=-name");
    expect(page.status).toBe(200);
    expect(many(f.schema.strict()).safeParse(page.body).error).toBeUndefined();
    expect(page.body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
    expect(page.body.data[0].name).toBe("Zeta");
    expect((await list(rep, "?search=zet")).body.meta.total).toBe(1);
    expect((await list(rep, "?sort=colour")).status).toBe(400);
    const upd = await patch(writer(), id, { name: "Renamed" });
    expect(upd.status).toBe(200);
    expect(upd.body.data.name).toBe("Renamed");
    expect(typeof upd.body.data.modifiedAt).toBe("string");
    expect((await remove(writer(), id)).status).toBe(204);
    expect((await get(rep, id)).status).toBe(404);
    expect((await list(rep)).body.meta.total).toBe(1);
  });

  it("rejects bad input with 400 naming the field, writing nothing", async () => {
    const before = (await list(rep)).body.meta.total;
    for (const [body, field] of f.bad) {
      const res = await create(writer(), body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors).toHaveProperty([field]);
    }
    expect((await list(rep)).body.meta.total).toBe(before);
  });

  it("answers 404 for another workspace's, unknown and malformed ids, and 403 to lower roles", async () => {
    const theirs = (await create(other, f.body)).body.data.id;
    for (const id of [theirs, MISSING_ID, "7"]) {
      expect((await get(admin, id)).status).toBe(404);
      expect((await patch(admin, id, { name: "x" })).status).toBe(404);
      expect((await remove(admin, id)).status).toBe(404);
    }
    const before = (await list(rep)).body.meta.total;
    const low = f.writer === "ADMIN" ? manager : rep;
    expect((await create(low, f.body)).status).toBe(403);
    const mine = (await list(rep)).body.data[0].id;
    expect((await patch(low, mine, { name: "x" })).status).toBe(403);
    expect((await remove(low, mine)).status).toBe(403);
    expect((await list(rep)).body.meta.total).toBe(before);
  });
});

describe("departments and franchises together", () => {
  it("links a department to a franchise and a pipeline, and refuses to delete a franchise with departments", async () => {
    const fr = await call(franchises.POST, { method: "POST", path: "/api/franchises", body: { name: "Nice" }, headers: admin.auth });
    const theirFranchise = (await call(franchises.POST, { method: "POST", path: "/api/franchises", body: { name: "Theirs" }, headers: other.auth })).body.data.id;
    const bad = await call(departments.POST, { method: "POST", path: "/api/departments", body: { name: "X", franchiseId: theirFranchise }, headers: admin.auth });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ franchiseId: "no such franchise" });
    const dep = await call(departments.POST, { method: "POST", path: "/api/departments", body: { name: "Service", franchiseId: fr.body.data.id }, headers: admin.auth });
    expect(dep.status).toBe(201);
    const filtered = await call(departments.GET, { path: `/api/departments?franchiseId=${fr.body.data.id}`, headers: rep.auth });
    expect(filtered.body.data.map((d: { name: string }) => d.name)).toEqual(["Service"]);
    const refused = await call(franchise.DELETE, { method: "DELETE", path: "/api/franchises/x", params: { id: fr.body.data.id }, headers: admin.auth });
    expect(refused.status).toBe(400);
  });
});
