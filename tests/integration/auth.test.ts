import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it } from "vitest";
import * as apiKeys from "@/app/api/api-keys/route";
import * as apiKey from "@/app/api/api-keys/[id]/route";
import * as health from "@/app/api/health/route";
import * as me from "@/app/api/me/route";
import * as signup from "@/app/api/auth/signup/route";
import * as token from "@/app/api/auth/token/route";
import { db } from "@/db/client";
import * as schema from "@/db/schema";
import { addUser, call, newWorkspace, PASSWORD } from "../helpers";

const uniqueEmail = (p = "u") => `${p}-${Math.random().toString(36).slice(2, 10)}@example.test`;

describe("POST /api/auth/signup", () => {
  afterEach(() => {
    delete process.env.RAPPORT_ALLOW_SIGNUP;
  });

  it("creates a workspace and its admin, who can then get a token", async () => {
    const email = uniqueEmail("founder");
    const res = await call(signup.POST, { method: "POST", path: "/api/auth/signup", body: { tenantName: "Nour Pharma", name: "Nadia Karim", email, password: PASSWORD } });
    expect(res.status).toBe(201);
    expect(res.body.tenant.name).toBe("Nour Pharma");
    expect(res.body.user).toMatchObject({ email, name: "Nadia Karim", role: "ADMIN" });
    expect(res.body.user.passwordHash).toBeUndefined();
    const t = await call(token.POST, { method: "POST", path: "/api/auth/token", body: { email, password: PASSWORD } });
    expect(t.status).toBe(200);
  });

  it("answers 409 for an email already registered, whatever its case", async () => {
    const email = uniqueEmail("dup");
    await call(signup.POST, { method: "POST", path: "/api/auth/signup", body: { tenantName: "One", name: "A", email, password: PASSWORD } });
    const res = await call(signup.POST, { method: "POST", path: "/api/auth/signup", body: { tenantName: "Two", name: "B", email: email.toUpperCase(), password: PASSWORD } });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual({ email: "is already registered" });
  });

  it.each([
    [{ tenantName: "X", name: "A", email: "not-an-email", password: PASSWORD }, "email"],
    [{ tenantName: "X", name: "A", email: uniqueEmail(), password: "short1" }, "password"],
    [{ tenantName: "X", name: "A", email: uniqueEmail(), password: "onlyletters" }, "password"],
    [{ name: "A", email: uniqueEmail(), password: PASSWORD }, "tenantName"],
    [{ tenantName: "X", name: "A", email: uniqueEmail(), password: 12345678 }, "password"],
  ])("rejects bad input %# with 400 naming the field", async (body, field) => {
    const res = await call(signup.POST, { method: "POST", path: "/api/auth/signup", body });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toContain(field);
    expect(res.body.error).toMatch(new RegExp(`^${field}`));
  });

  it("answers 400 for malformed JSON", async () => {
    const res = await call(signup.POST, { method: "POST", path: "/api/auth/signup", rawBody: "{not json", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("Malformed JSON body");
  });

  it("answers 403 when sign-up is turned off", async () => {
    process.env.RAPPORT_ALLOW_SIGNUP = "false";
    const res = await call(signup.POST, { method: "POST", path: "/api/auth/signup", body: { tenantName: "X", name: "A", email: uniqueEmail(), password: PASSWORD } });
    expect(res.status).toBe(403);
  });
});

describe("POST /api/auth/token", () => {
  it("returns a bearer token that authenticates /api/me", async () => {
    const admin = await newWorkspace("Tokenco");
    const res = await call(token.POST, { method: "POST", path: "/api/auth/token", body: { email: admin.email, password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.tokenType).toBe("Bearer");
    expect(res.body.token.split(".")).toHaveLength(3);
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const who = await call(me.GET, { path: "/api/me", headers: { authorization: `Bearer ${res.body.token}` } });
    expect(who.status).toBe(200);
    expect(who.body).toMatchObject({ email: admin.email, role: "ADMIN", tenant: { id: admin.ctx.tenantId, name: "Tokenco" } });
  });

  it("answers 401 for a wrong password or an unknown email, with the same message", async () => {
    const admin = await newWorkspace("Wrongpw");
    const wrong = await call(token.POST, { method: "POST", path: "/api/auth/token", body: { email: admin.email, password: "nope-nope-1" } });
    const unknown = await call(token.POST, { method: "POST", path: "/api/auth/token", body: { email: uniqueEmail(), password: "nope-nope-1" } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toBe(unknown.body.error);
  });

  it("answers 400 for malformed input", async () => {
    expect((await call(token.POST, { method: "POST", path: "/api/auth/token", body: { email: "a@b.test" } })).status).toBe(400);
    expect((await call(token.POST, { method: "POST", path: "/api/auth/token", rawBody: "[1,2]", headers: { "content-type": "application/json" } })).status).toBe(400);
  });

  it("rate-limits repeated failures with 429, even for the right password afterwards", async () => {
    const admin = await newWorkspace("Bruteforce");
    const attempt = (password: string) => call(token.POST, { method: "POST", path: "/api/auth/token", body: { email: admin.email, password }, headers: { "x-forwarded-for": "203.0.113.9" } });
    for (let i = 0; i < 10; i++) expect((await attempt(`guess-${i}-x`)).status).toBe(401);
    const blocked = await attempt(PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("rejects a tampered or foreign token with 401", async () => {
    const admin = await newWorkspace("Tamper");
    const { body } = await call(token.POST, { method: "POST", path: "/api/auth/token", body: { email: admin.email, password: PASSWORD } });
    const [h, p, s] = body.token.split(".");
    const tampered = `${h}.${p}.${s.slice(0, -4)}AAAA`;
    expect((await call(me.GET, { path: "/api/me", headers: { authorization: `Bearer ${tampered}` } })).status).toBe(401);
    const forged = `${h}.${Buffer.from(JSON.stringify({ sub: admin.ctx.userId, tid: admin.ctx.tenantId })).toString("base64url")}.${s}`;
    expect((await call(me.GET, { path: "/api/me", headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
  });
});

describe("API keys", () => {
  it("creates a key shown once, lists it without the key, and accepts both header schemes", async () => {
    const admin = await newWorkspace("Keys");
    const created = await call(apiKeys.POST, { method: "POST", path: "/api/api-keys", body: { name: "Zapier" }, headers: admin.auth });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Zapier" });
    expect(created.body.key).toMatch(/^rpk_[0-9a-f]{60}$/);
    expect(created.body.key).toHaveLength(64);

    const list = await call(apiKeys.GET, { path: "/api/api-keys", headers: admin.auth });
    expect(list.status).toBe(200);
    const listed = list.body.data.find((k: { id: string }) => k.id === created.body.id);
    expect(listed.prefix).toBe(created.body.key.slice(0, 12));
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);

    for (const scheme of ["Bearer", "Token", "bearer"]) {
      const who = await call(me.GET, { path: "/api/me", headers: { authorization: `${scheme} ${created.body.key}` } });
      expect(who.status, scheme).toBe(200);
      expect(who.body.email).toBe(admin.email);
    }
  });

  it("stops accepting a revoked key at once", async () => {
    const admin = await newWorkspace("Revoke");
    const { body } = await call(apiKeys.POST, { method: "POST", path: "/api/api-keys", body: { name: "old" }, headers: admin.auth });
    const del = await call(apiKey.DELETE, { method: "DELETE", path: `/api/api-keys/${body.id}`, params: { id: body.id }, headers: admin.auth });
    expect(del.status).toBe(204);
    expect((await call(me.GET, { path: "/api/me", headers: { authorization: `Token ${body.key}` } })).status).toBe(401);
    const again = await call(apiKey.DELETE, { method: "DELETE", path: `/api/api-keys/${body.id}`, params: { id: body.id }, headers: admin.auth });
    expect(again.status).toBe(404);
  });

  it("stops accepting the key of a deactivated user, of a deleted workspace, or past its expiry, and records its use", async () => {
    const admin = await newWorkspace("KeyLife");
    const rep = await addUser(admin, "USER", "Keyed rep");
    const make = async (who: typeof admin) => (await call(apiKeys.POST, { method: "POST", path: "/api/api-keys", body: { name: "k" }, headers: who.auth })).body as { id: string; key: string };
    const status = async (key: string) => (await call(me.GET, { path: "/api/me", headers: { authorization: `Bearer ${key}` } })).status;

    const repKey = await make(rep);
    expect(await status(repKey.key)).toBe(200);
    const [used] = await db.select({ at: schema.apiKeys.lastUsedAt }).from(schema.apiKeys).where(eq(schema.apiKeys.id, repKey.id));
    expect(used?.at).toBeInstanceOf(Date);
    await db.update(schema.users).set({ isActive: false }).where(eq(schema.users.id, rep.ctx.userId));
    expect(await status(repKey.key)).toBe(401);

    const expiring = await make(admin);
    expect(await status(expiring.key)).toBe(200);
    await db.update(schema.apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(schema.apiKeys.id, expiring.id));
    expect(await status(expiring.key)).toBe(401);

    const adminKey = await make(admin);
    expect(await status(adminKey.key)).toBe(200);
    await db.update(schema.tenants).set({ isDeleted: true }).where(eq(schema.tenants.id, admin.ctx.tenantId));
    expect(await status(adminKey.key)).toBe(401);
  });

  it("answers 401 JSON for unknown keys, malformed headers and no credentials", async () => {
    const cases: Record<string, string>[] = [
      { authorization: `Bearer rpk_${"0".repeat(60)}` },
      { authorization: "Token not-a-key" },
      { authorization: "Basic YWRtaW46cGFzcw==" },
      { authorization: "Bearer" },
      {},
    ];
    for (const headers of cases) {
      const res = await call(me.GET, { path: "/api/me", headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(res.body.error).toMatch(/Authentication required/);
    }
  });

  it("lets a rep revoke only their own keys, and hides other workspaces' keys", async () => {
    const admin = await newWorkspace("Perms");
    const rep = await addUser(admin, "USER", "Rep");
    const adminKey = await call(apiKeys.POST, { method: "POST", path: "/api/api-keys", body: { name: "admin's" }, headers: admin.auth });
    const forbidden = await call(apiKey.DELETE, { method: "DELETE", path: "/x", params: { id: adminKey.body.id }, headers: rep.auth });
    expect(forbidden.status).toBe(403);
    const repList = await call(apiKeys.GET, { path: "/api/api-keys", headers: rep.auth });
    expect(repList.body.data.every((k: { user: { email: string } }) => k.user.email === rep.email)).toBe(true);

    const other = await newWorkspace("Other");
    const foreign = await call(apiKey.DELETE, { method: "DELETE", path: "/x", params: { id: adminKey.body.id }, headers: other.auth });
    expect(foreign.status).toBe(404);
    expect((await call(apiKey.DELETE, { method: "DELETE", path: "/x", params: { id: "not-a-uuid" }, headers: other.auth })).status).toBe(404);
  });

  it("rejects a key without a name or with an expiry in the past", async () => {
    const admin = await newWorkspace("Badkeys");
    const noName = await call(apiKeys.POST, { method: "POST", path: "/api/api-keys", body: {}, headers: admin.auth });
    expect(noName.status).toBe(400);
    expect(noName.body.errors).toHaveProperty("name");
    const past = await call(apiKeys.POST, { method: "POST", path: "/api/api-keys", body: { name: "x", expiresAt: "2001-01-01T00:00:00Z" }, headers: admin.auth });
    expect(past.status).toBe(400);
    expect(past.body.errors).toHaveProperty("expiresAt");
  });
});

describe("browser session cookie", () => {
  it("authenticates /api routes, and a forged cookie does not", async () => {
    const admin = await newWorkspace("Cookie");
    const cookie = await encode({ token: { uid: admin.ctx.userId }, secret: process.env.NEXTAUTH_SECRET! });
    const ok = await call(me.GET, { path: "/api/me", headers: { cookie: `next-auth.session-token=${cookie}` } });
    expect(ok.status).toBe(200);
    expect(ok.body.email).toBe(admin.email);
    const forged = await encode({ token: { uid: admin.ctx.userId }, secret: "another-secret-entirely-0000000000" });
    expect((await call(me.GET, { path: "/api/me", headers: { cookie: `next-auth.session-token=${forged}` } })).status).toBe(401);
  });
});

describe("GET /api/health", () => {
  it("reports the database as up", async () => {
    const res = await call(health.GET, { path: "/api/health" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", db: "ok" });
  });
});
