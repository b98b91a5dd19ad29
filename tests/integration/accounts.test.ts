import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/account/route";
import * as item from "@/app/api/account/[account]/route";
import { db } from "@/db/client";
import { accounts, activities, contacts } from "@/db/schema";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";

const create = (user: TestUser, body: unknown) => call(collection.POST, { method: "POST", path: "/api/account", body, headers: user.auth });
const list = (user: TestUser, query = "") => call(collection.GET, { path: `/api/account${query}`, headers: user.auth });
const patch = (user: TestUser, id: string, body: unknown) =>
  call(item.PATCH, { method: "PATCH", path: `/api/account/${id}`, body, params: { account: id }, headers: user.auth });
const remove = (user: TestUser, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/account/${id}`, params: { account: id }, headers: user.auth });
const countAccounts = async (tenantId: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(eq(accounts.tenantId, tenantId)))[0]!.n;

let admin: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Atlas");
  other = await newWorkspace("Rival");
});

describe("POST /api/account", () => {
  it("creates an account in document 003's shape, creating inline contacts and linking known ones", async () => {
    const existing = await create(admin, { name: "Seed", contacts: [{ firstName: "Léa", lastName: "Martin", primaryEmail: "lea@atlas.test" }] });
    const leaId = existing.body.contacts[0].id;
    const res = await create(admin, {
      name: "Atlas Logistique",
      primaryEmail: "contact@atlas.test",
      city: "Lyon",
      isActive: true,
      primaryContact: { firstName: "Karim", lastName: "Benali", primaryEmail: "karim@atlas.test", mobilePhone: "+33 6 12 34 56 78" },
      contacts: [{ id: leaId }, { primaryEmail: "LEA@atlas.test" }],
      thirdPartyIds: [{ systemName: "ERP", thirdPartyId: "C-42" }],
    });
    expect(res.status).toBe(200);
    const a = res.body;
    expect(a).toMatchObject({ name: "Atlas Logistique", primaryEmail: "contact@atlas.test", city: "Lyon", isActive: true, isDeleted: false, dateDeleted: null });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.thirdPartyIds).toEqual([{ systemName: "ERP", thirdPartyId: "C-42" }]);
    expect(a.createdBy).toEqual({ id: admin.ctx.userId });
    expect(typeof a.dateCreated).toBe("string");
    expect(a.primaryContact).toMatchObject({ firstName: "Karim", lastName: "Benali", primaryEmail: "karim@atlas.test" });
    // Léa is linked once (by id, and again by her email in another case); Karim is linked as primary.
    expect(a.contacts.map((c: { firstName: string }) => c.firstName).sort()).toEqual(["Karim", "Léa"]);
    const leas = await db.select().from(contacts).where(and(eq(contacts.tenantId, admin.ctx.tenantId), sql`lower(primary_email) = 'lea@atlas.test'`));
    expect(leas).toHaveLength(1);
  });

  it("records the creation on the account's timeline", async () => {
    const { body } = await create(admin, { name: "Timeline SA" });
    const rows = await db.select().from(activities).where(eq(activities.recordId, body.id));
    expect(rows).toMatchObject([{ action: "created", entity: "account", actorId: admin.ctx.userId, via: "api" }]);
  });

  it.each([
    [{}, "name"],
    [{ name: "   " }, "name"],
    [{ name: "x".repeat(256) }, "name"],
    [{ name: "Bad", primaryEmail: "not-an-email" }, "primaryEmail"],
    [{ name: "Bad", isActive: "yes" }, "isActive"],
    [{ name: 42 }, "name"],
    [{ name: "Bad", contacts: [{ id: "nope" }] }, "contacts[0].id"],
    [{ name: "Bad", contacts: [{}] }, "contacts[0]"],
    [{ name: "Bad", ownerId: "018f0000-0000-7000-8000-000000000000" }, "ownerId"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await countAccounts(admin.ctx.tenantId);
    const res = await create(admin, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await countAccounts(admin.ctx.tenantId)).toBe(before);
  });

  it("refuses another workspace's contact as if it did not exist, and rolls back contacts created before", async () => {
    const foreign = await create(other, { name: "Rival Co", contacts: [{ firstName: "Secret", primaryEmail: "secret@rival.test" }] });
    const foreignContact = foreign.body.contacts[0].id;
    const res = await create(admin, { name: "Sneaky", contacts: [{ firstName: "Fresh", primaryEmail: "fresh@atlas.test" }, { id: foreignContact }] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ "contacts[1].id": "no such contact" });
    const fresh = await db.select().from(contacts).where(sql`primary_email = 'fresh@atlas.test'`);
    expect(fresh).toHaveLength(0);
  });

  it("answers 400 for malformed JSON and 401 without credentials", async () => {
    const bad = await call(collection.POST, { method: "POST", path: "/api/account", rawBody: '{"name": ', headers: { ...admin.auth, "content-type": "application/json" } });
    expect(bad.status).toBe(400);
    expect((await call(collection.POST, { method: "POST", path: "/api/account", body: { name: "x" } })).status).toBe(401);
  });
});

describe("GET /api/account", () => {
  let tenant: TestUser;
  beforeAll(async () => {
    tenant = await newWorkspace("Lister");
    for (const [name, city] of [["Brightline Studios", "London"], ["Nour Pharma", "Casablanca"], ["Atlas Logistique", "Lyon"], ["Zenith 100% Bio", "Paris"], ["Deleted Ltd", "Oslo"]]) {
      await create(tenant, { name, city });
    }
    const deleted = await list(tenant, "?search=Deleted");
    await remove(tenant, deleted.body.accounts[0].id);
  });

  it("returns {total, accounts} sorted by name, without deleted or foreign accounts", async () => {
    const res = await list(tenant);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(4);
    expect(res.body.accounts.map((a: { name: string }) => a.name)).toEqual(["Atlas Logistique", "Brightline Studios", "Nour Pharma", "Zenith 100% Bio"]);
  });

  it("pages with offset and limit while total counts every match", async () => {
    const res = await list(tenant, "?offset=1&limit=2&sortField=name&sortDirection=desc");
    expect(res.body.total).toBe(4);
    expect(res.body.accounts.map((a: { name: string }) => a.name)).toEqual(["Nour Pharma", "Brightline Studios"]);
  });

  it("searches name, email and city case-insensitively, taking % literally", async () => {
    expect((await list(tenant, "?search=casa")).body.accounts.map((a: { name: string }) => a.name)).toEqual(["Nour Pharma"]);
    expect((await list(tenant, "?search=100%25")).body.accounts.map((a: { name: string }) => a.name)).toEqual(["Zenith 100% Bio"]);
    expect((await list(tenant, "?search=%25")).body.total).toBe(1);
  });

  it("excludes one account on request", async () => {
    const all = await list(tenant);
    const res = await list(tenant, `?exclude=${all.body.accounts[0].id}`);
    expect(res.body.total).toBe(3);
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=1000", "limit"],
    ["?offset=-1", "offset"],
    ["?limit=abc", "limit"],
    ["?sortField=password", "sortField"],
    ["?sortDirection=up", "sortDirection"],
    ["?franchise=12", "franchise"],
    ["?exclude=x", "exclude"],
  ])("rejects %s with 400 naming %s", async (query, field) => {
    const res = await list(tenant, query);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
  });
});

describe("PATCH /api/account/{account}", () => {
  it("changes only the given fields and records old → new on the timeline", async () => {
    const { body: a } = await create(admin, { name: "Patchable", city: "Rabat", country: "Morocco" });
    const res = await patch(admin, a.id, { city: "Tanger", workPhone: "+212 5 39 00 00 00" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Patchable", city: "Tanger", country: "Morocco", workPhone: "+212 5 39 00 00 00", modifiedBy: { id: admin.ctx.userId } });
    const [log] = await db.select().from(activities).where(and(eq(activities.recordId, a.id), eq(activities.action, "updated")));
    expect(log!.changes).toEqual({ city: { from: "Rabat", to: "Tanger" }, workPhone: { from: null, to: "+212 5 39 00 00 00" } });
  });

  it("replaces the contact list and clears the primary contact with null", async () => {
    const { body: a } = await create(admin, { name: "Contacts Co", primaryContact: { firstName: "Yara" }, contacts: [{ firstName: "Tom" }] });
    expect(a.contacts).toHaveLength(2);
    const res = await patch(admin, a.id, { primaryContact: null, contacts: [{ firstName: "Inès" }] });
    expect(res.status).toBe(200);
    expect(res.body.primaryContact).toBeNull();
    expect(res.body.contacts.map((c: { firstName: string }) => c.firstName)).toEqual(["Inès"]);
  });

  it("answers 404 for another workspace's account, an unknown id or a malformed id, and changes nothing", async () => {
    const { body: theirs } = await create(other, { name: "Not yours" });
    for (const id of [theirs.id, "018f0000-0000-7000-8000-000000000000", "123", "'; drop table accounts; --"]) {
      const res = await patch(admin, id, { name: "Hijacked" });
      expect(res.status, id).toBe(404);
      expect(res.body.error).toBe("Account not found");
    }
    const [row] = await db.select().from(accounts).where(eq(accounts.id, theirs.id));
    expect(row!.name).toBe("Not yours");
  });

  it("rejects bad input with 400 and leaves the account unchanged", async () => {
    const { body: a } = await create(admin, { name: "Stable" });
    for (const [body, field] of [[{ name: "" }, "name"], [{ secondaryEmail: "@@" }, "secondaryEmail"], [{ contacts: "all" }, "contacts"]] as const) {
      const res = await patch(admin, a.id, body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty([field]);
    }
    const [row] = await db.select().from(accounts).where(eq(accounts.id, a.id));
    expect(row!.name).toBe("Stable");
    expect(row!.modifiedAt).toBeNull();
  });
});

describe("DELETE /api/account/{account}", () => {
  it("soft-deletes with 200 and an empty body; the account then is gone for every verb", async () => {
    const { body: a } = await create(admin, { name: "Doomed" });
    const res = await remove(admin, a.id);
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    const [row] = await db.select().from(accounts).where(eq(accounts.id, a.id));
    expect(row).toMatchObject({ isDeleted: true, deletedBy: admin.ctx.userId });
    expect((await patch(admin, a.id, { name: "Back" })).status).toBe(404);
    expect((await remove(admin, a.id)).status).toBe(404);
  });

  it("answers 404 for another workspace's account", async () => {
    const { body: theirs } = await create(other, { name: "Keep me" });
    expect((await remove(admin, theirs.id)).status).toBe(404);
    const [row] = await db.select().from(accounts).where(eq(accounts.id, theirs.id));
    expect(row!.isDeleted).toBe(false);
  });

  it("lets a rep delete their own accounts but not someone else's", async () => {
    const rep = await addUser(admin, "USER", "Sam Rep");
    const { body: mine } = await create(rep, { name: "Rep's own" });
    const { body: adminsOwn } = await create(admin, { name: "Admin's own" });
    expect((await remove(rep, adminsOwn.id)).status).toBe(403);
    expect((await remove(rep, mine.id)).status).toBe(200);
  });
});
