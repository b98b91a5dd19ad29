import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/users/route";
import * as item from "@/app/api/users/[id]/route";
import * as password from "@/app/api/users/[id]/password/route";
import * as token from "@/app/api/auth/token/route";
import * as me from "@/app/api/me/route";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { many, one, RestUser } from "@/lib/http/serializers/rest-settings";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { MISSING_ID } from "./deals-fixtures";

const list = (u: TestUser, q = "") => call(collection.GET, { path: `/api/users${q}`, headers: u.auth });
const create = (u: TestUser, body: unknown) => call(collection.POST, { method: "POST", path: "/api/users", body, headers: u.auth });
const get = (u: TestUser, id: string) => call(item.GET, { path: `/api/users/${id}`, params: { id }, headers: u.auth });
const patch = (u: TestUser, id: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/users/${id}`, body, params: { id }, headers: u.auth });
const remove = (u: TestUser, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/users/${id}`, params: { id }, headers: u.auth });
const signIn = (email: string, pw: string) => call(token.POST, { method: "POST", path: "/api/auth/token", body: { email, password: pw } });
const countUsers = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.tenantId, tenantId)))[0]!.n;
const email = () => `new-${Math.random().toString(36).slice(2, 10)}@example.test`;

let admin: TestUser;
let manager: TestUser;
let rep: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Peopled");
  manager = await addUser(admin, "MANAGER", "Maya Manager");
  rep = await addUser(admin, "USER", "Rémi Rep");
  other = await newWorkspace("Faraway");
});

describe("GET /api/users", () => {
  it("lists the workspace's people to every role, without password hashes, with filters and paging", async () => {
    const res = await list(rep);
    expect(res.status).toBe(200);
    expect(many(RestUser.strict()).safeParse(res.body).error).toBeUndefined();
    expect(res.body.meta).toEqual({ total: 3, limit: 50, offset: 0 });
    expect(res.text).not.toMatch(/passwordHash|\$2[aby]\$/);
    expect((await list(rep, "?role=MANAGER")).body.data.map((u: { name: string }) => u.name)).toEqual(["Maya Manager"]);
    expect((await list(rep, "?search=r%C3%A9mi")).body.meta.total).toBe(1);
    expect((await list(rep, "?sort=-name&limit=1")).body.data[0].name).toBe("Rémi Rep");
    expect((await list(rep, "?role=BOSS")).status).toBe(400);
    expect((await list(other)).body.meta.total).toBe(1);
  });
});

describe("POST /api/users", () => {
  it("invites a person with a temporary password shown once, who can then sign in", async () => {
    const address = email();
    const res = await create(admin, { email: address, name: "Nadia New", role: "MANAGER" });
    expect(res.status).toBe(201);
    expect(RestUser.strict().safeParse(res.body.data).error).toBeUndefined();
    expect(res.body.data).toMatchObject({ email: address, name: "Nadia New", role: "MANAGER", isActive: true });
    expect(res.body.temporaryPassword).toMatch(/^.{12,}$/);
    const [row] = await db.select().from(users).where(eq(users.id, res.body.data.id));
    expect(row!.passwordHash).not.toContain(res.body.temporaryPassword);
    expect((await signIn(address, res.body.temporaryPassword)).status).toBe(200);
    expect((await get(rep, res.body.data.id)).body.data.email).toBe(address);
  });

  it("takes a chosen password and answers no temporary one", async () => {
    const res = await create(admin, { email: email(), name: "Chosen", password: "Chosen-pass-1" });
    expect(res.status).toBe(201);
    expect(res.body.temporaryPassword).toBeNull();
    expect(res.body.data.role).toBe("USER");
  });

  it.each([
    [{ name: "No email" }, "email"],
    [{ email: "not-an-email", name: "X" }, "email"],
    [{ email: "x@example.test" }, "name"],
    [{ email: "x@example.test", name: "X", role: "OWNER" }, "role"],
    [{ email: "x@example.test", name: "X", password: "short" }, "password"],
    [{ email: "x@example.test", name: "X", password: "onlyletters" }, "password"],
    [{ email: "x@example.test", name: "x".repeat(121) }, "name"],
    [{ email: "x@example.test", name: "X", locale: "de" }, "locale"],
    [{ email: "x@example.test", name: "X", departmentId: MISSING_ID }, "departmentId"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await countUsers(admin.ctx.tenantId);
    const res = await create(admin, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await countUsers(admin.ctx.tenantId)).toBe(before);
  });

  it("answers 409 for an email already registered (any case), and 403 to non-admins", async () => {
    const res = await create(admin, { email: rep.email.toUpperCase(), name: "Dup" });
    expect(res.status).toBe(409);
    const before = await countUsers(admin.ctx.tenantId);
    expect((await create(manager, { email: email(), name: "Nope" })).status).toBe(403);
    expect(await countUsers(admin.ctx.tenantId)).toBe(before);
  });
});

describe("PATCH/DELETE /api/users/{id}", () => {
  it("changes a role; deactivation stops sign-in and API keys at once; reactivation restores them", async () => {
    const u = await addUser(admin, "USER", "Temp Person");
    const res = await patch(admin, u.ctx.userId, { role: "MANAGER", name: "Promoted" });
    expect(res.status).toBe(200);
    expect(one(RestUser.strict()).safeParse(res.body).error).toBeUndefined();
    expect(res.body.data).toMatchObject({ role: "MANAGER", name: "Promoted" });
    expect((await call(me.GET, { path: "/api/me", headers: u.auth })).body.role).toBe("MANAGER");
    expect((await remove(admin, u.ctx.userId)).status).toBe(204);
    expect((await get(admin, u.ctx.userId)).body.data.isActive).toBe(false);
    expect((await call(me.GET, { path: "/api/me", headers: u.auth })).status).toBe(401);
    expect((await signIn(u.email, u.password)).status).toBe(401);
    expect((await patch(admin, u.ctx.userId, { isActive: true })).body.data.isActive).toBe(true);
    expect((await call(me.GET, { path: "/api/me", headers: u.auth })).status).toBe(200);
  });

  it("keeps an active admin, and admins cannot deactivate themselves", async () => {
    const self = await remove(admin, admin.ctx.userId);
    expect(self.status).toBe(400);
    expect(self.body.errors).toHaveProperty(["isActive"]);
    const demote = await patch(admin, admin.ctx.userId, { role: "USER" });
    expect(demote.status).toBe(400);
    expect(demote.body.errors).toEqual({ role: "the workspace needs at least one active admin" });
    const second = await addUser(admin, "ADMIN");
    expect((await patch(second, admin.ctx.userId, { role: "MANAGER" })).status).toBe(200);
    expect((await patch(second, second.ctx.userId, { role: "USER" })).status).toBe(400);
    expect((await patch(second, admin.ctx.userId, { role: "ADMIN" })).status).toBe(200);
  });

  it("rejects bad input (400), other workspaces' and unknown ids (404), and non-admins (403)", async () => {
    expect((await patch(admin, rep.ctx.userId, { role: "KING" })).body.errors).toHaveProperty(["role"]);
    expect((await patch(admin, rep.ctx.userId, { isActive: "no" })).body.errors).toHaveProperty(["isActive"]);
    for (const id of [other.ctx.userId, MISSING_ID, "abc"]) {
      expect((await get(admin, id)).status).toBe(404);
      expect((await patch(admin, id, { name: "x" })).status).toBe(404);
      expect((await remove(admin, id)).status).toBe(404);
      expect((await call(password.POST, { method: "POST", path: `/api/users/${id}/password`, params: { id }, headers: admin.auth })).status).toBe(404);
    }
    expect((await patch(manager, rep.ctx.userId, { role: "ADMIN" })).status).toBe(403);
    expect((await remove(manager, rep.ctx.userId)).status).toBe(403);
    expect((await get(admin, rep.ctx.userId)).body.data).toMatchObject({ role: "USER", isActive: true });
  });

  it("sets a new temporary password that replaces the old one", async () => {
    const u = await addUser(admin, "USER");
    const res = await call(password.POST, { method: "POST", path: `/api/users/${u.ctx.userId}/password`, params: { id: u.ctx.userId }, headers: admin.auth });
    expect(res.status).toBe(200);
    expect((await signIn(u.email, u.password)).status).toBe(401);
    expect((await signIn(u.email, res.body.data.temporaryPassword)).status).toBe(200);
    expect((await call(password.POST, { method: "POST", path: "/x", params: { id: u.ctx.userId }, headers: manager.auth })).status).toBe(403);
  });
});
