import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/saved-filter/route";
import * as item from "@/app/api/saved-filter/[filter]/route";
import { db } from "@/db/client";
import { savedFilters } from "@/db/schema";
import { savedFilterWhere } from "@/lib/query";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";

let admin: TestUser;
let manager: TestUser;
let rep: TestUser;
let rep2: TestUser;
let other: TestUser;

const VALUE = JSON.stringify({ id: "root", combinator: "and", rules: [{ id: "r1", field: "status", operator: "=", value: "open" }] });
const create = (user: TestUser, body: unknown) => call(collection.POST, { method: "POST", path: "/api/saved-filter", body, headers: user.auth });
const list = (user: TestUser, query = "") => call(collection.GET, { path: `/api/saved-filter${query}`, headers: user.auth });
const get = (user: TestUser, id: string) => call(item.GET, { path: `/api/saved-filter/${id}`, params: { filter: id }, headers: user.auth });
const patch = (user: TestUser, id: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/saved-filter/${id}`, body, params: { filter: id }, headers: user.auth });
const remove = (user: TestUser, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/saved-filter/${id}`, params: { filter: id }, headers: user.auth });
const countFilters = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(savedFilters).where(eq(savedFilters.tenantId, tenantId)))[0]!.n;

beforeAll(async () => {
  admin = await newWorkspace("Saved");
  manager = await addUser(admin, "MANAGER", "Mia Manager");
  rep = await addUser(admin, "USER", "Rob Rep");
  rep2 = await addUser(admin, "USER", "Rae Rep");
  other = await newWorkspace("SavedRival");
});

describe("POST /api/saved-filter", () => {
  it("creates a private filter by default: 201 with document 003's SavedFilter", async () => {
    const res = await create(rep, { name: "My open deals", module: "deal", value: VALUE });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: "My open deals", module: "deal", private: true, owner: { id: rep.ctx.userId, name: "Rob Rep" } });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof res.body.value).toBe("string");
    expect(JSON.parse(res.body.value)).toEqual(JSON.parse(VALUE));
  });

  it("lets a manager share, accepts 'lead' as the deal module and an object value", async () => {
    const res = await create(manager, { name: "Shared pipeline", module: "Leads", value: JSON.parse(VALUE), private: false });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ module: "deal", private: false });
  });

  it("forbids a rep to share (403), writing nothing", async () => {
    const before = await countFilters(admin.ctx.tenantId);
    const res = await create(rep, { name: "Nope", module: "deal", value: VALUE, private: false });
    expect(res.status).toBe(403);
    expect(await countFilters(admin.ctx.tenantId)).toBe(before);
  });

  it.each([
    [{ module: "deal", value: VALUE }, "name"],
    [{ name: "  ", module: "deal", value: VALUE }, "name"],
    [{ name: "x".repeat(121), module: "deal", value: VALUE }, "name"],
    [{ name: "A", value: VALUE }, "module"],
    [{ name: "A", module: "spaceship", value: VALUE }, "module"],
    [{ name: "A", module: "deal" }, "value"],
    [{ name: "A", module: "deal", value: 42 }, "value"],
    [{ name: "A", module: "deal", value: "{not json" }, "value"],
    [{ name: "A", module: "contact", value: VALUE }, "value.rules[0].field"],
    [{ name: "A", module: "deal", value: JSON.stringify({ combinator: "and", rules: [{ field: "amount", operator: "contains", value: "1" }] }) }, "value.rules[0].operator"],
    [{ name: "A", module: "deal", value: VALUE, private: "maybe" }, "private"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await countFilters(admin.ctx.tenantId);
    const res = await create(admin, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await countFilters(admin.ctx.tenantId)).toBe(before);
  });

  it("rejects malformed JSON and needs credentials", async () => {
    const res = await call(collection.POST, { method: "POST", path: "/api/saved-filter", rawBody: "{", headers: { ...admin.auth, "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect((await call(collection.POST, { method: "POST", path: "/api/saved-filter", body: { name: "x" } })).status).toBe(401);
  });
});

describe("visibility", () => {
  let privateId: string;
  let sharedId: string;
  beforeAll(async () => {
    privateId = (await create(rep, { name: "Rob's secret", module: "contact", value: JSON.stringify({ combinator: "and", rules: [] }) })).body.id;
    sharedId = (await create(manager, { name: "Everyone's", module: "contact", value: JSON.stringify({ combinator: "and", rules: [] }), private: false })).body.id;
  });

  it("lists own and shared filters, never others' private ones", async () => {
    const mine = (await list(rep)).body.map((f: { id: string }) => f.id);
    expect(mine).toEqual(expect.arrayContaining([privateId, sharedId]));
    const theirs = (await list(rep2)).body.map((f: { id: string }) => f.id);
    expect(theirs).toContain(sharedId);
    expect(theirs).not.toContain(privateId);
    const adminView = (await list(admin)).body.map((f: { id: string }) => f.id);
    expect(adminView).not.toContain(privateId);
    const contactsOnly = (await list(rep, "?module=contacts")).body;
    expect(contactsOnly.every((f: { module: string }) => f.module === "contact")).toBe(true);
    expect((await list(rep, "?module=nope")).status).toBe(400);
  });

  it("answers 404 for someone else's private filter, another workspace's filter and malformed ids", async () => {
    expect((await get(rep, privateId)).status).toBe(200);
    expect((await get(rep2, privateId)).status).toBe(404);
    expect((await get(other, sharedId)).status).toBe(404);
    expect((await get(rep, "12")).status).toBe(404);
    expect((await patch(rep2, privateId, { name: "Mine now" })).status).toBe(404);
    expect((await remove(other, sharedId)).status).toBe(404);
  });

  it("gives a list the condition of a visible filter only", async () => {
    await expect(savedFilterWhere({ ctx: rep2.ctx, entity: "contact", filterId: privateId })).rejects.toMatchObject({ code: "not_found" });
    await expect(savedFilterWhere({ ctx: rep2.ctx, entity: "deal", filterId: sharedId })).rejects.toMatchObject({ code: "validation", fields: { filter: expect.any(String) } });
    await expect(savedFilterWhere({ ctx: rep2.ctx, entity: "contact", filterId: sharedId })).resolves.toBeDefined();
  });
});

describe("PATCH and DELETE /api/saved-filter/{filter}", () => {
  it("renames and rewrites the owner's filter, checking the value against the module", async () => {
    const { body } = await create(rep, { name: "Draft", module: "deal", value: VALUE });
    const renamed = await patch(rep, body.id, { name: "Final" });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: body.id, name: "Final", module: "deal", private: true });
    expect(renamed.body.dateModified).not.toBeNull();
    // Moving to contacts re-checks the stored query: "status" is not a contact field.
    const moved = await patch(rep, body.id, { module: "contact" });
    expect(moved.status).toBe(400);
    expect(moved.body.errors).toHaveProperty(["value.rules[0].field"]);
    const both = await patch(rep, body.id, { module: "contact", value: JSON.stringify({ combinator: "or", rules: [{ field: "primaryEmail", operator: "endsWith", value: ".com" }] }) });
    expect(both.status).toBe(200);
    expect(both.body.module).toBe("contact");
    const bad = await patch(rep, body.id, { name: "" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty(["name"]);
    expect((await get(rep, body.id)).body.name).toBe("Final");
  });

  it("lets only managers share, and managers change shared filters; reps get 403", async () => {
    const { body } = await create(rep, { name: "To share", module: "deal", value: VALUE });
    expect((await patch(rep, body.id, { private: false })).status).toBe(403);
    const shared = (await create(manager, { name: "Team", module: "deal", value: VALUE, private: false })).body;
    expect((await patch(rep, shared.id, { name: "Hijack" })).status).toBe(403);
    expect((await remove(rep, shared.id)).status).toBe(403);
    expect((await patch(admin, shared.id, { name: "Team (renamed)" })).body.name).toBe("Team (renamed)");
    const del = await remove(manager, shared.id);
    expect(del.status).toBe(204);
    expect(del.text).toBe("");
    expect((await get(manager, shared.id)).status).toBe(404);
    const [row] = await db.select().from(savedFilters).where(and(eq(savedFilters.id, shared.id)));
    expect(row).toMatchObject({ isDeleted: true, deletedBy: manager.ctx.userId });
  });

  it("deletes the owner's private filter with 204", async () => {
    const { body } = await create(rep2, { name: "Temp", module: "task", value: JSON.stringify({ combinator: "and", rules: [{ field: "completed", operator: "=", value: false }] }) });
    expect((await remove(rep2, body.id)).status).toBe(204);
    expect((await remove(rep2, body.id)).status).toBe(404);
  });
});
