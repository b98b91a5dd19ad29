import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/contacts/route";
import * as item from "@/app/api/contacts/[id]/route";
import { db } from "@/db/client";
import { activities, contacts } from "@/db/schema";
import { createAccount } from "@/lib/accounts/create";
import { createSavedFilter } from "@/lib/saved-filters/create";
import { listOf, one, RestContact } from "@/lib/http/openapi/rest-schemas";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";

const create = (user: TestUser, body: unknown, headers: Record<string, string> = {}) =>
  call(collection.POST, { method: "POST", path: "/api/contacts", body, headers: { ...user.auth, ...headers } });
const list = (user: TestUser, query = "") => call(collection.GET, { path: `/api/contacts${query}`, headers: user.auth });
const get = (user: TestUser, id: string) => call(item.GET, { path: `/api/contacts/${id}`, params: { id }, headers: user.auth });
const patch = (user: TestUser, id: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/contacts/${id}`, body, params: { id }, headers: user.auth });
const remove = (user: TestUser, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/contacts/${id}`, params: { id }, headers: user.auth });
const count = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(contacts).where(eq(contacts.tenantId, tenantId)))[0]!.n;
const timeline = (id: string) => db.select().from(activities).where(eq(activities.recordId, id)).orderBy(asc(activities.at), asc(activities.id));

let admin: TestUser;
let rep: TestUser;
let other: TestUser;
let accountId: string;
let foreignAccountId: string;
beforeAll(async () => {
  admin = await newWorkspace("Restful");
  rep = await addUser(admin, "USER", "Rita Rep");
  other = await newWorkspace("Faraway");
  accountId = (await createAccount({ ctx: admin.ctx, input: { name: "Orbit SARL" } })).id;
  foreignAccountId = (await createAccount({ ctx: other.ctx, input: { name: "Hidden Ltd" } })).id;
});

describe("POST /api/contacts", () => {
  it("creates a contact: 201 {data} in camelCase, owned by the caller, linked to its accounts, on the timeline", async () => {
    const res = await create(rep, { firstName: " Nadia ", lastName: "Haddad", primaryEmail: "nadia@orbit.test", mobilePhone: "+212 6 00 11 22 33", jobTitle: "CFO", accountIds: [accountId] });
    expect(res.status).toBe(201);
    expect(one(RestContact).strict().safeParse(res.body).error).toBeUndefined();
    const c = res.body.data;
    expect(c).toMatchObject({ firstName: "Nadia", lastName: "Haddad", name: "Nadia Haddad", jobTitle: "CFO", ownerId: rep.ctx.userId, owner: { id: rep.ctx.userId, name: "Rita Rep" }, accountIds: [accountId], accounts: [{ id: accountId, name: "Orbit SARL" }], createdBy: rep.ctx.userId, modifiedAt: null });
    expect(await timeline(c.id)).toMatchObject([
      { action: "created", entity: "contact", actorId: rep.ctx.userId, via: "api" },
      { action: "updated", changes: { accountId: { from: null, to: accountId } } },
    ]);
  });

  it("answers 409 naming primaryEmail when another contact has the email (any case), writing nothing", async () => {
    const before = await count(admin.ctx.tenantId);
    const res = await create(admin, { firstName: "Copy", primaryEmail: "NADIA@orbit.test" });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual({ primaryEmail: "another contact already has this email" });
    expect(await count(admin.ctx.tenantId)).toBe(before);
  });

  it.each([
    [{}, "lastName"],
    [{ firstName: "", lastName: "  " }, "lastName"],
    [{ firstName: 42 }, "firstName"],
    [{ firstName: "x".repeat(121) }, "firstName"],
    [{ firstName: "Bad", primaryEmail: "nope" }, "primaryEmail"],
    [{ firstName: "Bad", isActive: "yes" }, "isActive"],
    [{ firstName: "Bad", ownerId: "not-a-uuid" }, "ownerId"],
    [{ firstName: "Bad", ownerId: "018f0000-0000-7000-8000-000000000000" }, "ownerId"],
    [{ firstName: "Bad", accountIds: "x" }, "accountIds"],
    [{ firstName: "Bad", accountIds: ["018f0000-0000-7000-8000-000000000000"] }, "accountIds[0]"],
    [{ firstName: "Bad", sourceId: "018f0000-0000-7000-8000-000000000000" }, "sourceId"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await count(admin.ctx.tenantId);
    const res = await create(admin, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await count(admin.ctx.tenantId)).toBe(before);
  });

  it("refuses another workspace's account as if it did not exist", async () => {
    const res = await create(admin, { firstName: "Sneaky", accountIds: [accountId, foreignAccountId] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ "accountIds[1]": "no such account" });
  });

  it("answers 400 for malformed JSON, 401 without credentials", async () => {
    expect((await call(collection.POST, { method: "POST", path: "/api/contacts", rawBody: "{oops", headers: { ...admin.auth, "content-type": "application/json" } })).status).toBe(400);
    expect((await call(collection.POST, { method: "POST", path: "/api/contacts", body: { firstName: "X" } })).status).toBe(401);
  });

  it("replays a retried create with the same Idempotency-Key instead of creating twice", async () => {
    const first = await create(admin, { firstName: "Once", primaryEmail: "once@orbit.test" }, { "idempotency-key": "contact-once" });
    const again = await create(admin, { firstName: "Once", primaryEmail: "once@orbit.test" }, { "idempotency-key": "contact-once" });
    expect(again.status).toBe(201);
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });
});

describe("GET /api/contacts", () => {
  let ids: Record<string, string>;
  let ws: TestUser;
  beforeAll(async () => {
    ws = await newWorkspace("Lister");
    const acct = (await createAccount({ ctx: ws.ctx, input: { name: "Pivot" } })).id;
    ids = {};
    for (const [first, last, email, city] of [
      ["Yann", "Bernard", "yann@l.test", "Brest"],
      ["Inès", "Adam", "ines@l.test", "Paris"],
      ["Omar", "Chraibi", "omar@l.test", null],
    ] as const) {
      ids[first] = (await create(ws, { firstName: first, lastName: last, primaryEmail: email, city, accountIds: first === "Omar" ? [acct] : [] })).body.data.id;
    }
    ids.account = acct;
  });
  const names = (res: { body: { data: { firstName: string }[] } }) => res.body.data.map((c) => c.firstName);

  it("returns {data, meta: {total, limit, offset}} sorted by name by default", async () => {
    const res = await list(ws);
    expect(res.status).toBe(200);
    expect(listOf(RestContact).strict().safeParse(res.body).error).toBeUndefined();
    expect(names(res)).toEqual(["Inès", "Yann", "Omar"]);
    expect(res.body.meta).toEqual({ total: 3, limit: 50, offset: 0 });
  });

  it("pages with limit and offset while total counts every match", async () => {
    const res = await list(ws, "?limit=1&offset=1");
    expect(names(res)).toEqual(["Yann"]);
    expect(res.body.meta).toEqual({ total: 3, limit: 1, offset: 1 });
  });

  it("sorts with sort=field and sort=-field, empty values last", async () => {
    expect(names(await list(ws, "?sort=-firstName"))).toEqual(["Yann", "Omar", "Inès"]);
    expect(names(await list(ws, "?sort=city"))).toEqual(["Yann", "Inès", "Omar"]);
    expect(names(await list(ws, "?sort=-city"))).toEqual(["Inès", "Yann", "Omar"]);
    expect(names(await list(ws, "?sort=createdAt"))).toEqual(["Yann", "Inès", "Omar"]);
  });

  it("searches and filters by owner and account", async () => {
    expect(names(await list(ws, "?search=CHRA"))).toEqual(["Omar"]);
    expect(names(await list(ws, `?accountId=${ids.account}`))).toEqual(["Omar"]);
    expect(names(await list(ws, `?ownerId=${ws.ctx.userId}`))).toHaveLength(3);
    expect((await list(ws, `?ownerId=${admin.ctx.userId}`)).body.meta.total).toBe(0);
  });

  it("filters by an inline query and by a saved filter, through the query compiler", async () => {
    const q = (query: unknown) => `?query=${encodeURIComponent(JSON.stringify(query))}`;
    expect(names(await list(ws, q({ combinator: "and", rules: [{ field: "city", operator: "=", value: "Brest" }] })))).toEqual(["Yann"]);
    expect(names(await list(ws, q({ combinator: "or", rules: [{ field: "city", operator: "null" }, { field: "firstName", operator: "beginsWith", value: "in" }] })))).toEqual(["Inès", "Omar"]);
    const saved = await createSavedFilter({ ctx: ws.ctx, input: { name: "Parisians", module: "contact", value: JSON.stringify({ combinator: "and", rules: [{ field: "city", operator: "=", value: "Paris" }] }) } });
    const res = await list(ws, `?filter=${saved.id}&search=l.test`);
    expect(names(res)).toEqual(["Inès"]);
    expect(res.body.meta.total).toBe(1);
    // Another workspace's saved filter is unknown here.
    expect((await list(other, `?filter=${saved.id}`)).body.errors).toEqual({ filter: "no such saved filter" });
  });

  it("never shows another workspace's contacts", async () => {
    const res = await list(other, "?search=l.test");
    expect(res.body.meta.total).toBe(0);
  });

  it.each([
    ["?limit=500", "limit"],
    ["?offset=-3", "offset"],
    ["?sort=password", "sort"],
    ["?sort=-", "sort"],
    ["?ownerId=me", "ownerId"],
    ["?filter=abc", "filter"],
    [`?filter=${"018f0000-0000-7000-8000-000000000000"}`, "filter"],
    ["?query=not-json", "query"],
    [`?query=${encodeURIComponent(JSON.stringify({ combinator: "and", rules: [{ field: "password", operator: "=", value: "x" }] }))}`, "query"],
  ])("rejects %s with 400 naming %s", async (query, field) => {
    const res = await list(ws, query);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).some((k) => k === field || k.startsWith(`${field}.`))).toBe(true);
  });
});

describe("GET /api/contacts/{id}", () => {
  it("returns {data}; 404 for another workspace's, unknown and malformed ids", async () => {
    const { body } = await create(admin, { firstName: "Getme", lastName: "Now" });
    const res = await get(admin, body.data.id);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: body.data.id, name: "Getme Now" });
    expect((await get(other, body.data.id)).status).toBe(404);
    expect((await get(admin, "018f0000-0000-7000-8000-000000000000")).status).toBe(404);
    expect((await get(admin, "42")).status).toBe(404);
  });
});

describe("PATCH /api/contacts/{id}", () => {
  it("changes only the given fields, replaces accounts, and records old → new", async () => {
    const { body } = await create(admin, { firstName: "Paul", lastName: "Petit", city: "Nantes", accountIds: [accountId] });
    const id = body.data.id;
    const res = await patch(admin, id, { city: "Rennes", jobTitle: "Buyer", accountIds: [] });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ firstName: "Paul", lastName: "Petit", city: "Rennes", jobTitle: "Buyer", accountIds: [], modifiedBy: admin.ctx.userId });
    const log = await timeline(id);
    expect(log.map((a) => a.action)).toEqual(["created", "updated", "updated", "updated"]);
    expect(log[2]!.changes).toEqual({ accountId: { from: accountId, to: null } });
    expect(log[3]!.changes).toEqual({ city: { from: "Nantes", to: "Rennes" }, jobTitle: { from: null, to: "Buyer" } });
    // The account's timeline tells the same story from its side.
    const accountLog = await timeline(accountId);
    expect(accountLog.slice(-2).map((a) => [a.action, a.changes])).toEqual([
      ["contact_linked", { contactId: { from: null, to: id } }],
      ["contact_unlinked", { contactId: { from: id, to: null } }],
    ]);
  });

  it("writes nothing and logs nothing when nothing changes", async () => {
    const { body } = await create(admin, { firstName: "Same" });
    await patch(admin, body.data.id, { firstName: "Same" });
    expect(await timeline(body.data.id)).toHaveLength(1);
  });

  it("refuses to leave a contact without a name or email", async () => {
    const { body } = await create(admin, { firstName: "Solo" });
    const res = await patch(admin, body.data.id, { firstName: null });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(["firstName"]);
    expect((await get(admin, body.data.id)).body.data.firstName).toBe("Solo");
  });

  it("answers 409 for another contact's email, 400 for bad input, and changes nothing", async () => {
    const { body } = await create(admin, { firstName: "Eve", primaryEmail: "eve@orbit.test" });
    const id = body.data.id;
    const conflict = await patch(admin, id, { primaryEmail: "Nadia@Orbit.test" });
    expect(conflict.status).toBe(409);
    expect((await patch(admin, id, { primaryEmail: "EVE@orbit.test" })).status).toBe(200);
    for (const bad of [{ lastName: 5 }, { city: "x".repeat(121) }, { accountIds: [foreignAccountId] }, { ownerId: other.ctx.userId }]) {
      const res = await patch(admin, id, { ...bad, firstName: "Changed" });
      expect(res.status).toBe(400);
    }
    expect((await get(admin, id)).body.data.firstName).toBe("Eve");
  });

  it("answers 404 for another workspace's contact and leaves it alone", async () => {
    const { body } = await create(other, { firstName: "Theirs" });
    expect((await patch(admin, body.data.id, { firstName: "Mine" })).status).toBe(404);
    expect((await get(other, body.data.id)).body.data.firstName).toBe("Theirs");
  });

  it("keeps both of two concurrent updates", async () => {
    const { body } = await create(admin, { firstName: "Race" });
    await Promise.all([patch(admin, body.data.id, { city: "Lille" }), patch(admin, body.data.id, { jobTitle: "CEO" })]);
    expect((await get(admin, body.data.id)).body.data).toMatchObject({ city: "Lille", jobTitle: "CEO" });
  });
});

describe("DELETE /api/contacts/{id}", () => {
  it("soft-deletes with 204; the contact is then gone and its email free again", async () => {
    const { body } = await create(admin, { firstName: "Temp", primaryEmail: "temp@orbit.test" });
    const res = await remove(admin, body.data.id);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await get(admin, body.data.id)).status).toBe(404);
    expect((await remove(admin, body.data.id)).status).toBe(404);
    const [row] = await db.select().from(contacts).where(and(eq(contacts.id, body.data.id)));
    expect(row).toMatchObject({ isDeleted: true, deletedBy: admin.ctx.userId });
    expect((await timeline(body.data.id)).map((a) => a.action)).toEqual(["created", "deleted"]);
    expect((await create(admin, { firstName: "Temp again", primaryEmail: "temp@orbit.test" })).status).toBe(201);
  });

  it("lets a rep delete their own contacts but not someone else's (403), and hides other workspaces' (404)", async () => {
    const mine = await create(rep, { firstName: "Mine" });
    const theirs = await create(admin, { firstName: "Boss's" });
    expect((await remove(rep, theirs.body.data.id)).status).toBe(403);
    expect((await get(admin, theirs.body.data.id)).status).toBe(200);
    expect((await remove(rep, mine.body.data.id)).status).toBe(204);
    const foreign = await create(other, { firstName: "Far" });
    expect((await remove(admin, foreign.body.data.id)).status).toBe(404);
  });
});
