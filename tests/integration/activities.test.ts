import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as route from "@/app/api/activities/route";
import { db } from "@/db/client";
import { activities } from "@/db/schema";
import { addNote } from "@/lib/activity/add-note";
import { listActivities } from "@/lib/activity/list";
import { ActivityPage } from "@/lib/http/serializers/activities";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { MISSING_ID, newContact, newDeal, patchDeal, salesStages } from "./deals-fixtures";

let admin: TestUser;
let rep: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Chronicle");
  rep = await addUser(admin, "USER", "Rita Rep");
  other = await newWorkspace("Elsewhere");
});

const list = (user: TestUser | null, query: Record<string, string>) =>
  call(route.GET, { path: `/api/activities?${new URLSearchParams(query)}`, headers: user?.auth });
const post = (user: TestUser | null, body: unknown, rawBody?: string) =>
  call(route.POST, { method: "POST", path: "/api/activities", body: rawBody === undefined ? body : undefined, rawBody, headers: { ...user?.auth, "content-type": "application/json" } });
const noteCount = async (recordId: string) => (await db.select().from(activities).where(eq(activities.recordId, recordId))).filter((a) => a.action === "note").length;

describe("GET /api/activities", () => {
  it("answers the record's timeline newest first, with actor names and the names of the ids in the changes", async () => {
    const stages = await salesStages(admin);
    const id = await newDeal(admin, { name: "Timeline deal" });
    await patchDeal(rep, id, { stage_id: stages.proposal!.id });
    await patchDeal(admin, id, { name: "Renamed" });
    const res = await list(admin, { entity: "deal", recordId: id });
    expect(res.status).toBe(200);
    expect(ActivityPage.strict().safeParse(res.body).error).toBeUndefined();
    const actions = res.body.data.map((e: { action: string }) => e.action);
    expect(actions).toEqual(["updated", "stage_changed", "contact_linked", "created"]);
    const [renamed, moved] = res.body.data;
    expect(renamed).toMatchObject({ actor: { id: admin.ctx.userId, name: "Chronicle Admin" }, via: "api", changes: { name: { from: "Timeline deal", to: "Renamed" } } });
    expect(moved).toMatchObject({ actor: { id: rep.ctx.userId, name: "Rita Rep" }, changes: { stageId: { from: stages.new_lead!.id, to: stages.proposal!.id } } });
    expect(res.body.labels).toMatchObject({ [stages.new_lead!.id]: "New lead", [stages.proposal!.id]: stages.proposal!.name });
    expect(res.body.meta).toEqual({ limit: 30, nextCursor: null });
  });

  it("pages with a cursor without skipping or repeating entries written in the same transaction", async () => {
    const id = await newDeal(admin);
    for (let i = 0; i < 5; i++) await addNote({ ctx: admin.ctx, input: { entity: "deal", recordId: id, note: `n${i}` } });
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const res = await list(admin, { entity: "deal", recordId: id, limit: "2", ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      seen.push(...res.body.data.map((e: { id: string }) => e.id));
      cursor = res.body.meta.nextCursor;
      if (!cursor) break;
    }
    const all = await listActivities({ ctx: admin.ctx, query: { entity: "deal", recordId: id, limit: 100 } });
    expect(seen).toEqual(all.entries.map((e) => e.id));
    expect(seen).toHaveLength(7); // created, contact_linked, 5 notes
    expect(new Set(seen).size).toBe(7);
  });

  it("shows another workspace's record as an empty timeline, never its entries", async () => {
    const id = await newDeal(admin);
    const res = await list(other, { entity: "deal", recordId: id });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
  });

  it("rejects bad queries with the field named", async () => {
    const id = await newDeal(admin);
    const cases: [Record<string, string>, string][] = [
      [{ entity: "planet", recordId: id }, "entity"],
      [{ recordId: id }, "entity"],
      [{ entity: "deal", recordId: "42" }, "recordId"],
      [{ entity: "deal" }, "recordId"],
      [{ entity: "deal", recordId: id, limit: "1000" }, "limit"],
      [{ entity: "deal", recordId: id, limit: "abc" }, "limit"],
      [{ entity: "deal", recordId: id, cursor: "not-a-cursor" }, "cursor"],
    ];
    for (const [query, field] of cases) {
      const res = await list(admin, query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(Object.keys(res.body.errors)).toContain(field);
    }
  });

  it("needs credentials", async () => {
    expect((await list(null, { entity: "deal", recordId: MISSING_ID })).status).toBe(401);
  });
});

describe("POST /api/activities (notes)", () => {
  it("adds a note that any role can write, and it tops the timeline", async () => {
    const contact = await newContact(admin, "Noted");
    const res = await post(rep, { entity: "contact", recordId: contact, note: "  Met at the fair  " });
    expect(res.status).toBe(201);
    expect(res.body.data.id).toMatch(/^[0-9a-f-]{36}$/);
    const page = await listActivities({ ctx: admin.ctx, query: { entity: "contact", recordId: contact } });
    expect(page.entries[0]).toMatchObject({ action: "note", note: "Met at the fair", actor: { name: "Rita Rep" } });
  });

  it("refuses bad input with the field named and writes nothing", async () => {
    const id = await newDeal(admin);
    const cases: [unknown, string][] = [
      [{ entity: "deal", recordId: id }, "note"],
      [{ entity: "deal", recordId: id, note: "   " }, "note"],
      [{ entity: "deal", recordId: id, note: 42 }, "note"],
      [{ entity: "deal", recordId: id, note: "x".repeat(10_001) }, "note"],
      [{ entity: "planet", recordId: id, note: "hi" }, "entity"],
      [{ entity: "deal", recordId: "nope", note: "hi" }, "recordId"],
    ];
    for (const [body, field] of cases) {
      const res = await post(admin, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(Object.keys(res.body.errors)).toContain(field);
    }
    expect((await post(admin, undefined, "{not json")).status).toBe(400);
    expect(await noteCount(id)).toBe(0);
  });

  it("answers 404 for another workspace's record or an unknown one, and writes nothing", async () => {
    const id = await newDeal(admin);
    expect((await post(other, { entity: "deal", recordId: id, note: "sneaky" })).status).toBe(404);
    expect((await post(admin, { entity: "account", recordId: id, note: "wrong kind" })).status).toBe(404);
    expect((await post(admin, { entity: "deal", recordId: MISSING_ID, note: "ghost" })).status).toBe(404);
    expect(await noteCount(id)).toBe(0);
  });
});
