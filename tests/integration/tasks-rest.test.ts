import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { createSavedFilter } from "@/lib/saved-filters/create";
import { customFields, tasks } from "@/db/schema";
import { RestTask, RestTaskPage } from "@/lib/http/serializers/tasks";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import * as collection from "@/app/api/tasks/route";
import { complete, countTasks, linkTargets, MISSING_ID, reopen, restCreate, restDelete, restGet, restList, restPatch, timeline } from "./tasks-fixtures";

let admin: TestUser;
let manager: TestUser;
let rep: TestUser;
let otherRep: TestUser;
let rival: TestUser;
let links: Awaited<ReturnType<typeof linkTargets>>;

beforeAll(async () => {
  admin = await newWorkspace("Rest");
  manager = await addUser(admin, "MANAGER", "Mona Manager");
  rep = await addUser(admin, "USER", "Rita Rep");
  otherRep = await addUser(admin, "USER", "Omar Rep");
  rival = await newWorkspace("Rival");
  links = await linkTargets(admin, "Rest");
});

describe("POST /api/tasks", () => {
  it("creates a task (201, {data}) assigned to the caller by default, camelCase", async () => {
    const res = await restCreate(rep, { title: "Send the quote", type: "FOLLOW_UP", dueAt: "2030-01-15T14:00:00Z", dealId: links.dealId, contactId: links.contactId });
    expect(res.status).toBe(201);
    expect(RestTask.strict().safeParse(res.body.data).error).toBeUndefined();
    expect(res.body.data).toMatchObject({
      title: "Send the quote",
      type: "FOLLOW_UP",
      dueAt: "2030-01-15T14:00:00.000Z",
      completed: false,
      completedAt: null,
      assigneeId: rep.ctx.userId,
      assignee: { id: rep.ctx.userId, name: "Rita Rep" },
      deal: { id: links.dealId, name: "Rest renewal", status: "open" },
      contact: { id: links.contactId, name: "Léa Martin" },
      account: null,
      createdBy: rep.ctx.userId,
    });
    expect(await timeline(res.body.data.id)).toMatchObject([{ action: "created", entity: "task" }]);
  });

  it.each([
    [{}, "title"],
    [{ title: "" }, "title"],
    [{ title: ["x"] }, "title"],
    [{ title: "x".repeat(256) }, "title"],
    [{ title: "ok", note: "x".repeat(10_001) }, "note"],
    [{ title: "ok", type: "FAX" }, "type"],
    [{ title: "ok", dueAt: "2030-02-30T10:00:00Z" }, "dueAt"],
    [{ title: "ok", dueAt: 12 }, "dueAt"],
    [{ title: "ok", startAt: "2030-01-02T10:00:00Z", dueAt: "2030-01-01T10:00:00Z" }, "dueAt"],
    [{ title: "ok", assigneeId: "me" }, "assigneeId"],
    [{ title: "ok", assigneeId: MISSING_ID }, "assigneeId"],
    [{ title: "ok", dealId: MISSING_ID }, "dealId"],
    [{ title: "ok", accountId: MISSING_ID }, "accountId"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await countTasks(admin.ctx.tenantId);
    const res = await restCreate(admin, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await countTasks(admin.ctx.tenantId)).toBe(before);
  });

  it("answers 400 for malformed JSON, 401 without credentials, and honours Idempotency-Key", async () => {
    const bad = await call(collection.POST, { method: "POST", path: "/api/tasks", rawBody: "{", headers: { ...admin.auth, "content-type": "application/json" } });
    expect(bad.status).toBe(400);
    expect((await restCreate(null, { title: "x" })).status).toBe(401);
    const before = await countTasks(admin.ctx.tenantId);
    const send = () => call(collection.POST, { method: "POST", path: "/api/tasks", body: { title: "Once" }, headers: { ...admin.auth, "idempotency-key": "task-once" } });
    const first = await send();
    const second = await send();
    expect(second.body.data.id).toBe(first.body.data.id);
    expect(await countTasks(admin.ctx.tenantId)).toBe(before + 1);
  });
});

describe("custom fields of tasks", () => {
  it("writes and reads them with the task, names a bad one, and records changes on the timeline", async () => {
    await db.insert(customFields).values({ tenantId: admin.ctx.tenantId, entity: "task", fieldName: "minutes", label: "Minutes", fieldType: "number" });
    const res = await restCreate(admin, { title: "Timed call", customFields: { minutes: 15 } });
    expect(res.status).toBe(201);
    expect(res.body.data.customFields).toEqual({ minutes: 15 });
    const bad = await restPatch(admin, res.body.data.id, { customFields: { minutes: "a lot" } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty(["customFields.minutes"]);
    const ok = await restPatch(admin, res.body.data.id, { customFields: { minutes: 30 } });
    expect(ok.body.data.customFields).toEqual({ minutes: 30 });
    expect((await timeline(res.body.data.id)).at(-1)).toMatchObject({ action: "updated", changes: { "customFields.minutes": { from: 15, to: 30 } } });
    expect((await restGet(admin, res.body.data.id)).body.data.customFields).toEqual({ minutes: 30 });
  });
});

describe("GET, PATCH, DELETE /api/tasks/{id}", () => {
  it("reads one task, and 404s for unknown, malformed and other workspaces' ids", async () => {
    const { body: created } = await restCreate(rep, { title: "Readable" });
    const res = await restGet(otherRep, created.data.id);
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe("Readable");
    for (const id of [MISSING_ID, "42", created.data.id]) expect((await restGet(id === created.data.id ? rival : admin, id)).status).toBe(404);
  });

  it("updates only the fields sent, records old → new on the task and tells the deal", async () => {
    const { body: created } = await restCreate(rep, { title: "Old title", dealId: links.dealId, note: "kept" });
    const id = created.data.id;
    const res = await restPatch(rep, id, { title: "New title", dueAt: "2030-03-01T08:00:00Z", assigneeId: otherRep.ctx.userId });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ title: "New title", note: "kept", dueAt: "2030-03-01T08:00:00.000Z", assigneeId: otherRep.ctx.userId, modifiedBy: rep.ctx.userId });
    expect((await timeline(id)).at(-1)).toMatchObject({ action: "updated", changes: { title: { from: "Old title", to: "New title" }, endAt: { from: null, to: "2030-03-01T08:00:00.000Z" } } });
    expect((await timeline(links.dealId)).filter((r) => r.action === "task_updated" && r.note === "New title")).toHaveLength(1);
  });

  it("writes nothing when a PATCH is invalid, and nothing to the timeline when nothing changes", async () => {
    const { body: created } = await restCreate(rep, { title: "Steady" });
    const id = created.data.id;
    const bad = await restPatch(rep, id, { title: "Moved", dealId: MISSING_ID });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ dealId: "no such deal" });
    expect((await restGet(rep, id)).body.data.title).toBe("Steady");
    await restPatch(rep, id, { title: "Steady" });
    expect(await timeline(id)).toHaveLength(1);
  });

  it("lets reps change their own tasks only; managers change any (403 otherwise)", async () => {
    const { body: created } = await restCreate(otherRep, { title: "Omar's task" });
    const id = created.data.id;
    expect((await restPatch(rep, id, { title: "Mine" })).status).toBe(403);
    expect((await complete(rep, id)).status).toBe(403);
    expect((await restDelete(rep, id)).status).toBe(403);
    expect((await restPatch(manager, id, { title: "Checked by Mona" })).status).toBe(200);
  });

  it("deletes (204), then 404s, and the task leaves the list", async () => {
    const { body: created } = await restCreate(rep, { title: "Disposable" });
    const res = await restDelete(rep, created.data.id);
    expect(res.status).toBe(204);
    expect((await restGet(rep, created.data.id)).status).toBe(404);
    expect((await restList(rep, "?search=Disposable")).body.meta.total).toBe(0);
    expect((await restDelete(rival, created.data.id)).status).toBe(404);
  });
});

describe("POST /api/tasks/{id}/complete and /reopen", () => {
  it("completes and reopens idempotently, recording each change once on the task and its deal", async () => {
    const { body: created } = await restCreate(rep, { title: "Call back", dealId: links.dealId });
    const id = created.data.id;
    const done = await complete(rep, id);
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ completed: true, completedBy: rep.ctx.userId });
    expect(typeof done.body.data.completedAt).toBe("string");
    expect((await complete(rep, id)).body.data.completedAt).toBe(done.body.data.completedAt);
    const open = await reopen(rep, id);
    expect(open.body.data).toMatchObject({ completed: false, completedAt: null, completedBy: null });
    expect((await timeline(id)).map((r) => r.action)).toEqual(["created", "completed", "reopened"]);
    expect((await timeline(links.dealId)).filter((r) => r.note === "Call back").map((r) => r.action)).toEqual(["task_created", "task_completed", "task_reopened"]);
  });

  it("404s across workspaces", async () => {
    const { body: created } = await restCreate(rep, { title: "Private" });
    expect((await complete(rival, created.data.id)).status).toBe(404);
    expect((await reopen(rival, MISSING_ID)).status).toBe(404);
    const [row] = await db.select().from(tasks).where(eq(tasks.id, created.data.id));
    expect(row!.completedAt).toBeNull();
  });
});

describe("GET /api/tasks", () => {
  let lister: TestUser;
  let helper: TestUser;
  const now = Date.now();
  const at = (days: number) => new Date(now + days * 86_400_000).toISOString();
  beforeAll(async () => {
    lister = await newWorkspace("Lister");
    helper = await addUser(lister, "USER", "Hana Helper");
    const mine = [["Overdue call", -2], ["Today meeting", 0.01], ["Next week demo", 7], ["Someday 100% plan", null]] as const;
    for (const [title, days] of mine) await restCreate(lister, { title, dueAt: days === null ? null : at(days), type: title.includes("call") ? "CALL" : "OTHER" });
    await restCreate(lister, { title: "Hana's follow-up", dueAt: at(1), assigneeId: helper.ctx.userId });
    const { body: done } = await restCreate(lister, { title: "Finished thing", dueAt: at(-1) });
    await complete(lister, done.data.id);
  });
  const titles = (res: { body: { data: { title: string }[] } }) => res.body.data.map((t) => t.title);

  it("returns {data, meta} sorted by due date, undated last", async () => {
    const res = await restList(lister);
    expect(res.status).toBe(200);
    expect(RestTaskPage.safeParse(res.body).error).toBeUndefined();
    expect(res.body.meta).toEqual({ total: 6, limit: 50, offset: 0 });
    expect(titles(res)).toEqual(["Overdue call", "Finished thing", "Today meeting", "Hana's follow-up", "Next week demo", "Someday 100% plan"]);
  });

  it("pages with limit/offset and sorts descending with -field", async () => {
    const page = await restList(lister, "?limit=2&offset=1&sort=-dueAt");
    expect(page.body.meta).toEqual({ total: 6, limit: 2, offset: 1 });
    expect(titles(page)).toEqual(["Hana's follow-up", "Today meeting"]);
    expect(titles(await restList(lister, "?limit=1&sort=-title"))).toEqual(["Today meeting"]);
  });

  it("filters by assignee (me or an id), status, type, due range and search", async () => {
    expect(titles(await restList(lister, `?assigneeId=${helper.ctx.userId}`))).toEqual(["Hana's follow-up"]);
    expect((await restList(helper, "?assigneeId=me")).body.meta.total).toBe(1);
    expect(titles(await restList(lister, "?status=completed"))).toEqual(["Finished thing"]);
    expect(titles(await restList(lister, "?status=overdue"))).toEqual(["Overdue call"]);
    expect((await restList(lister, "?status=open")).body.meta.total).toBe(5);
    expect(titles(await restList(lister, "?type=CALL"))).toEqual(["Overdue call"]);
    expect(titles(await restList(lister, `?dueFrom=${encodeURIComponent(at(0.5))}&dueTo=${encodeURIComponent(at(8))}`))).toEqual(["Hana's follow-up", "Next week demo"]);
    expect(titles(await restList(lister, "?search=100%25"))).toEqual(["Someday 100% plan"]);
  });

  it("filters by a saved filter of tasks or an inline query, and refuses a filter of another entity", async () => {
    const query = { combinator: "and", rules: [{ field: "type", operator: "=", value: "CALL" }] };
    expect(titles(await restList(lister, `?query=${encodeURIComponent(JSON.stringify(query))}`))).toEqual(["Overdue call"]);
    const saved = await createSavedFilter({ ctx: lister.ctx, input: { name: "Calls", module: "task", value: JSON.stringify(query) } });
    expect(titles(await restList(lister, `?filter=${saved.id}&status=open`))).toEqual(["Overdue call"]);
    const deals = await createSavedFilter({ ctx: lister.ctx, input: { name: "Deals", module: "deal", value: JSON.stringify({ combinator: "and", rules: [] }) } });
    const wrong = await restList(lister, `?filter=${deals.id}`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toHaveProperty(["filter"]);
    expect((await restList(lister, `?filter=${MISSING_ID}`)).status).toBe(404);
    const bad = await restList(lister, `?query=${encodeURIComponent(JSON.stringify({ combinator: "and", rules: [{ field: "secret", operator: "=", value: 1 }] }))}`);
    expect(bad.status).toBe(400);
  });

  it("never shows another workspace's tasks", async () => {
    expect((await restList(rival, "?search=Overdue")).body.meta.total).toBe(0);
  });

  it.each([["?limit=0", "limit"], ["?limit=abc", "limit"], ["?status=later", "status"], ["?sort=secret", "sort"], ["?assigneeId=bob", "assigneeId"], ["?dueFrom=yesterday", "dueFrom"], ["?type=FAX", "type"]])(
    "rejects %s with 400 naming %s",
    async (query, field) => {
      const res = await restList(lister, query);
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty([field]);
    },
  );
});
