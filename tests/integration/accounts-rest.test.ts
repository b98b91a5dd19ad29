import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/accounts/route";
import * as item from "@/app/api/accounts/[id]/route";
import { db } from "@/db/client";
import { accounts, activities } from "@/db/schema";
import { createContact } from "@/lib/contacts/create";
import { listOf, one, RestAccount } from "@/lib/http/openapi/rest-schemas";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";

const create = (user: TestUser, body: unknown) => call(collection.POST, { method: "POST", path: "/api/accounts", body, headers: user.auth });
const list = (user: TestUser, query = "") => call(collection.GET, { path: `/api/accounts${query}`, headers: user.auth });
const get = (user: TestUser, id: string) => call(item.GET, { path: `/api/accounts/${id}`, params: { id }, headers: user.auth });
const patch = (user: TestUser, id: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/accounts/${id}`, body, params: { id }, headers: user.auth });
const remove = (user: TestUser, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/accounts/${id}`, params: { id }, headers: user.auth });
const count = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(eq(accounts.tenantId, tenantId)))[0]!.n;
const timeline = (id: string) => db.select().from(activities).where(eq(activities.recordId, id)).orderBy(asc(activities.at), asc(activities.id));

let admin: TestUser;
let rep: TestUser;
let other: TestUser;
let c1: string;
let c2: string;
let foreignContact: string;
beforeAll(async () => {
  admin = await newWorkspace("Accrest");
  rep = await addUser(admin, "USER", "Ralph Rep");
  other = await newWorkspace("Outsider");
  c1 = (await createContact({ ctx: admin.ctx, input: { firstName: "Lina", lastName: "Saad", primaryEmail: "lina@acc.test" } })).id;
  c2 = (await createContact({ ctx: admin.ctx, input: { firstName: "Marc", lastName: "Roux" } })).id;
  foreignContact = (await createContact({ ctx: other.ctx, input: { firstName: "Hidden" } })).id;
});

describe("POST /api/accounts", () => {
  it("creates: 201 {data} in camelCase with contacts by id and the primary contact", async () => {
    const res = await create(rep, { name: "Cedre Industries", industry: "Manufacturing", website: "https://cedre.test", contactIds: [c1], primaryContactId: c2 });
    expect(res.status).toBe(201);
    expect(one(RestAccount).strict().safeParse(res.body).error).toBeUndefined();
    const a = res.body.data;
    expect(a).toMatchObject({ name: "Cedre Industries", industry: "Manufacturing", ownerId: rep.ctx.userId, owner: { name: "Ralph Rep" }, primaryContactId: c2, primaryContact: { id: c2, name: "Marc Roux" } });
    expect([...a.contactIds].sort()).toEqual([c1, c2].sort());
    expect(await timeline(a.id)).toMatchObject([{ action: "created", entity: "account" }]);
  });

  it.each([
    [{}, "name"],
    [{ name: "" }, "name"],
    [{ name: 3 }, "name"],
    [{ name: "x".repeat(256) }, "name"],
    [{ name: "Bad", website: "x".repeat(256) }, "website"],
    [{ name: "Bad", contactIds: ["nope"] }, "contactIds[0]"],
    [{ name: "Bad", contactIds: ["018f0000-0000-7000-8000-000000000000"] }, "contactIds[0]"],
    [{ name: "Bad", primaryContactId: "018f0000-0000-7000-8000-000000000000" }, "primaryContactId"],
    [{ name: "Bad", isActive: 1 }, "isActive"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await count(admin.ctx.tenantId);
    const res = await create(admin, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await count(admin.ctx.tenantId)).toBe(before);
  });

  it("treats another workspace's contact as unknown", async () => {
    const res = await create(admin, { name: "Sneaky", contactIds: [foreignContact] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ "contactIds[0]": "no such contact" });
  });
});

describe("GET /api/accounts", () => {
  let ws: TestUser;
  beforeAll(async () => {
    ws = await newWorkspace("Acclist");
    for (const [name, city, industry] of [
      ["Beta", "Lyon", "Retail"],
      ["alpha", null, "Banking"],
      ["Gamma", "Agadir", null],
    ] as const) {
      await create(ws, { name, city, industry });
    }
  });
  const names = (res: { body: { data: { name: string }[] } }) => res.body.data.map((a) => a.name);

  it("returns {data, meta} sorted by name, case-insensitively paged", async () => {
    const res = await list(ws);
    expect(res.status).toBe(200);
    expect(listOf(RestAccount).strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body.meta).toEqual({ total: 3, limit: 50, offset: 0 });
    expect(names(await list(ws, "?limit=2&offset=2"))).toHaveLength(1);
  });

  it("sorts by sort=field / -field with empty values last, searches, filters by contact", async () => {
    expect(names(await list(ws, "?sort=city"))).toEqual(["Gamma", "Beta", "alpha"]);
    expect(names(await list(ws, "?sort=-industry"))).toEqual(["Beta", "alpha", "Gamma"]);
    expect(names(await list(ws, "?search=LYO"))).toEqual(["Beta"]);
    const linked = await create(admin, { name: "Linked", contactIds: [c1] });
    expect((await list(admin, `?contactId=${c1}`)).body.data.map((a: { id: string }) => a.id)).toContain(linked.body.data.id);
    expect((await list(other, "?search=Beta")).body.meta.total).toBe(0);
  });

  it("filters by an inline query through the query compiler", async () => {
    const query = encodeURIComponent(JSON.stringify({ combinator: "and", rules: [{ field: "industry", operator: "in", value: ["Retail", "Banking"] }] }));
    expect(names(await list(ws, `?query=${query}&sort=-name`))).toEqual(["Beta", "alpha"]);
  });

  it.each([
    ["?limit=0", "limit"],
    ["?sort=secret", "sort"],
    ["?contactId=1", "contactId"],
    ["?filter=x", "filter"],
    ["?filter=018f0000-0000-7000-8000-000000000000", "filter"],
    ["?query=%7Bbroken", "query"],
  ])("rejects %s with 400 naming %s", async (query, field) => {
    const res = await list(ws, query);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
  });
});

describe("GET/PATCH/DELETE /api/accounts/{id}", () => {
  it("gets {data}; 404 for another workspace's, unknown and malformed ids", async () => {
    const { body } = await create(admin, { name: "Gettable" });
    expect((await get(admin, body.data.id)).body.data.name).toBe("Gettable");
    expect((await get(other, body.data.id)).status).toBe(404);
    expect((await get(admin, "nope")).status).toBe(404);
  });

  it("updates only the given fields, replaces contacts by id, clears the primary contact, and records old → new", async () => {
    const { body } = await create(admin, { name: "Mutable", city: "Fès", contactIds: [c1], primaryContactId: c1 });
    const id = body.data.id;
    const res = await patch(admin, id, { city: "Rabat", contactIds: [c2], primaryContactId: null });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ name: "Mutable", city: "Rabat", contactIds: [c2], primaryContactId: null, primaryContact: null });
    const log = await timeline(id);
    expect(log.map((a) => a.action)).toEqual(["created", "contact_unlinked", "contact_linked", "updated"]);
    expect(log[1]!.changes).toEqual({ contactId: { from: c1, to: null } });
    expect(log[3]!.changes).toEqual({ city: { from: "Fès", to: "Rabat" }, primaryContactId: { from: c1, to: null } });
    expect((await timeline(c2)).at(-1)).toMatchObject({ entity: "contact", action: "updated", changes: { accountId: { from: null, to: id } } });
  });

  it("rejects bad input with 400 and leaves the account unchanged; 404 for another workspace's", async () => {
    const { body } = await create(admin, { name: "Stable" });
    for (const bad of [{ name: "" }, { name: 5 }, { contactIds: [foreignContact] }, { primaryContactId: "x" }]) {
      expect((await patch(admin, body.data.id, { ...bad, city: "Oran" })).status).toBe(400);
    }
    expect((await get(admin, body.data.id)).body.data).toMatchObject({ name: "Stable", city: null });
    expect((await patch(other, body.data.id, { name: "Taken" })).status).toBe(404);
    const malformed = await call(item.PATCH, { method: "PATCH", path: `/api/accounts/${body.data.id}`, rawBody: "[1", params: { id: body.data.id }, headers: { ...admin.auth, "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
  });

  it("deletes softly with 204; a rep may not delete someone else's account", async () => {
    const { body } = await create(admin, { name: "Doomed" });
    expect((await remove(rep, body.data.id)).status).toBe(403);
    expect((await remove(other, body.data.id)).status).toBe(404);
    const res = await remove(admin, body.data.id);
    expect(res.status).toBe(204);
    expect((await get(admin, body.data.id)).status).toBe(404);
    expect((await timeline(body.data.id)).map((a) => a.action)).toEqual(["created", "deleted"]);
  });
});
