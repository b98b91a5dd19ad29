import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/account/route";
import { db } from "@/db/client";
import { accounts } from "@/db/schema";
import { call, newWorkspace, type TestUser } from "../helpers";

let admin: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Retry");
});

const post = (user: TestUser, body: unknown, key?: string) =>
  call(collection.POST, { method: "POST", path: "/api/account", body, headers: { ...user.auth, ...(key !== undefined ? { "idempotency-key": key } : {}) } });
const named = async (name: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(eq(accounts.name, name)))[0]!.n;

describe("Idempotency-Key on POST", () => {
  it("replays the first response for the same key and body, creating nothing new", async () => {
    const first = await post(admin, { name: "Once Only" }, "key-1");
    const second = await post(admin, { name: "Once Only" }, "key-1");
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(await named("Once Only")).toBe(1);
  });

  it("answers 409 for the same key with another body", async () => {
    await post(admin, { name: "First body" }, "key-2");
    const res = await post(admin, { name: "Second body" }, "key-2");
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/different request/);
    expect(await named("Second body")).toBe(0);
  });

  it("does not remember failures: a retry with the same key runs again", async () => {
    const bad = await post(admin, { name: "" }, "key-3");
    expect(bad.status).toBe(400);
    const good = await post(admin, { name: "Fixed" }, "key-3");
    expect(good.status).toBe(200);
    expect(await named("Fixed")).toBe(1);
  });

  it("keeps keys per workspace", async () => {
    const other = await newWorkspace("Elsewhere");
    const mine = await post(admin, { name: "Shared key" }, "same-key");
    const theirs = await post(other, { name: "Shared key" }, "same-key");
    expect(theirs.status).toBe(200);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
  });

  it("creates exactly one record when retries race", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => post(admin, { name: "Raced" }, "key-race")));
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(await named("Raced")).toBe(1);
  });

  it("rejects an over-long key and works as usual without one", async () => {
    expect((await post(admin, { name: "Long" }, "k".repeat(256))).status).toBe(400);
    expect((await post(admin, { name: "Long" }, "")).status).toBe(400);
    await post(admin, { name: "Twice" });
    await post(admin, { name: "Twice" });
    expect(await named("Twice")).toBe(2);
    expect(await named("Long")).toBe(0);
  });
});
