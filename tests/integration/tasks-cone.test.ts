import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { tasks } from "@/db/schema";
import { ConeTask } from "@/lib/http/serializers/tasks";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import * as coneCollection from "@/app/api/task/route";
import { coneCreate, coneDelete, conePatch, countTasks, linkTargets, MISSING_ID, timeline } from "./tasks-fixtures";

let admin: TestUser;
let rep: TestUser;
let otherRep: TestUser;
let rival: TestUser;
let links: Awaited<ReturnType<typeof linkTargets>>;
let rivalLinks: Awaited<ReturnType<typeof linkTargets>>;

beforeAll(async () => {
  admin = await newWorkspace("Cone");
  rep = await addUser(admin, "USER", "Rita Rep");
  otherRep = await addUser(admin, "USER", "Omar Rep");
  rival = await newWorkspace("Rival");
  links = await linkTargets(admin, "Cone");
  rivalLinks = await linkTargets(rival, "Rival");
});

const body = (over: Record<string, unknown> = {}) => ({
  type: "CALL",
  assignee: rep.ctx.userId,
  title: "Call Léa about the renewal",
  note: "Bring the price list",
  start: "2025-03-01T09:00:00Z",
  end: "2025-03-01T10:30:00+01:00",
  contact: links.contactId,
  account: links.accountId,
  connection: links.dealId,
  ...over,
});

describe("POST /api/task", () => {
  it("creates a task in document 003's Task shape (200), with full nested objects", async () => {
    const res = await coneCreate(admin, body());
    expect(res.status).toBe(200);
    expect(ConeTask.strict().safeParse(res.body).error).toBeUndefined();
    const t = res.body;
    expect(t).toMatchObject({ type: "CALL", title: "Call Léa about the renewal", note: "Bring the price list", start: "2025-03-01T09:00:00.000Z", end: "2025-03-01T09:30:00.000Z", taskDone: false, edited: false, isDeleted: false });
    expect(t.assignee).toMatchObject({ id: rep.ctx.userId, displayName: "Rita Rep", isGroup: false, isActive: true });
    expect(t.contact).toMatchObject({ id: links.contactId, firstName: "Léa", lastName: "Martin" });
    expect(t.account).toMatchObject({ id: links.accountId, name: "Cone SA" });
    expect(t.account.contacts.map((c: { id: string }) => c.id)).toEqual([links.contactId]);
    expect(t.connection).toMatchObject({ id: links.dealId, subject: "Cone renewal", status: { name: "open" } });
    expect(t.tenant).toEqual({ id: admin.ctx.tenantId, name: "Cone" });
    expect(t.createdBy).toEqual({ id: admin.ctx.userId });
  });

  it("records the creation on the task and on the contact, account and deal it links", async () => {
    const { body: t } = await coneCreate(admin, body({ title: "Timeline check" }));
    expect(await timeline(t.id)).toMatchObject([{ entity: "task", action: "created", actorId: admin.ctx.userId, via: "api" }]);
    for (const [entity, id] of [["contact", links.contactId], ["account", links.accountId], ["deal", links.dealId]] as const) {
      const rows = (await timeline(id)).filter((r) => r.action === "task_created" && r.note === "Timeline check");
      expect(rows).toMatchObject([{ entity, changes: { taskId: { from: null, to: t.id } } }]);
    }
  });

  it("accepts the empty type of the document (stored as OTHER) and a task with only the required fields", async () => {
    const res = await coneCreate(admin, { assignee: admin.ctx.userId, title: "Minimal", type: "" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: "OTHER", start: null, end: null, note: null, contact: null, account: null, connection: null });
  });

  it.each([
    [{ title: undefined }, "title This value should not be blank."],
    [{ title: "   " }, "title This value should not be blank."],
    [{ assignee: undefined }, "assignee This value should not be blank."],
    [{ title: 42 }, "title must be a string"],
    [{ title: "x".repeat(256) }, "title must be at most 255 characters"],
    [{ type: "EMAIL" }, "type must be one of CALL, MEETING, SMS, FOLLOW_UP, REMINDER, LINKEDIN_MESSAGE, DM, OTHER or empty"],
    [{ assignee: "not-a-uuid" }, "assignee must be an id (UUID)"],
    [{ end: "tomorrow" }, "end must be an ISO 8601 date-time"],
    [{ start: "2025-03-02T10:00:00Z", end: "2025-03-01T10:00:00Z" }, "end must not be before the start"],
    [{ assignee: MISSING_ID }, "assignee no such user"],
    [{ contact: MISSING_ID }, "contact no such contact"],
    [{ note: 7 }, "note must be a string"],
  ])("rejects bad input %# with a bare-string 400 (%s), writing nothing", async (over, message) => {
    const before = await countTasks(admin.ctx.tenantId);
    const res = await coneCreate(admin, body(over));
    expect(res.status).toBe(400);
    expect(res.body).toBe(message);
    expect(await countTasks(admin.ctx.tenantId)).toBe(before);
  });

  it("refuses another workspace's records and users as unknown ones", async () => {
    for (const [field, value, message] of [
      ["assignee", rival.ctx.userId, "assignee no such user"],
      ["contact", rivalLinks.contactId, "contact no such contact"],
      ["account", rivalLinks.accountId, "account no such account"],
      ["connection", rivalLinks.dealId, "connection no such deal"],
    ]) {
      const res = await coneCreate(admin, body({ [field!]: value }));
      expect(res.status).toBe(400);
      expect(res.body).toBe(message);
    }
  });

  it("answers a bare string for malformed JSON and 401 without credentials", async () => {
    const bad = await call(coneCollection.POST, { method: "POST", path: "/api/task", rawBody: '{"title": ', headers: { ...admin.auth, "content-type": "application/json" } });
    expect(bad.status).toBe(400);
    expect(typeof bad.body).toBe("string");
    expect((await coneCreate(null, body())).status).toBe(401);
  });
});

describe("PATCH /api/task/{task}", () => {
  it("updates the fields sent, keeps the others, and records old → new", async () => {
    const { body: t } = await coneCreate(rep, body({ title: "Before" }));
    const res = await conePatch(rep, t.id, { assignee: rep.ctx.userId, title: "After", type: "MEETING", contact: null });
    expect(res.status).toBe(200);
    expect(ConeTask.strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body).toMatchObject({ title: "After", type: "MEETING", note: "Bring the price list", contact: null, edited: true });
    expect(res.body.account).toMatchObject({ id: links.accountId });
    const rows = await timeline(t.id);
    expect(rows.at(-1)).toMatchObject({ action: "updated", changes: { title: { from: "Before", to: "After" }, type: { from: "CALL", to: "MEETING" }, contactId: { from: links.contactId, to: null } } });
    expect((await timeline(links.contactId)).filter((r) => r.action === "task_unlinked" && r.note === "After")).toHaveLength(1);
    expect((await timeline(links.dealId)).filter((r) => r.action === "task_updated" && r.note === "After")).toHaveLength(1);
  });

  it("marks the task done with taskDone", async () => {
    const { body: t } = await coneCreate(rep, body());
    const res = await conePatch(rep, t.id, { taskDone: true });
    expect(res.body.taskDone).toBe(true);
    expect((await timeline(t.id)).at(-1)).toMatchObject({ action: "completed" });
  });

  it("answers a bare string 400 naming the field and changes nothing", async () => {
    const { body: t } = await coneCreate(rep, body({ title: "Stable" }));
    const res = await conePatch(rep, t.id, { title: "", type: "MEETING" });
    expect(res.status).toBe(400);
    expect(res.body).toBe("title This value should not be blank.");
    const [row] = await db.select().from(tasks).where(eq(tasks.id, t.id));
    expect(row).toMatchObject({ title: "Stable", type: "CALL" });
  });

  it("answers 404 for unknown, malformed and other workspaces' tasks", async () => {
    const { body: foreign } = await coneCreate(rival, { assignee: rival.ctx.userId, title: "Secret" });
    for (const id of [MISSING_ID, "nope", foreign.id]) {
      const res = await conePatch(admin, id, { title: "Mine now" });
      expect(res.status).toBe(404);
      expect(typeof res.body).toBe("string");
    }
  });

  it("lets a rep change only the tasks assigned to or created by them (403)", async () => {
    const { body: t } = await coneCreate(admin, body({ assignee: otherRep.ctx.userId, title: "Omar's" }));
    const res = await conePatch(rep, t.id, { title: "Hijacked" });
    expect(res.status).toBe(403);
    expect(typeof res.body).toBe("string");
    expect((await conePatch(otherRep, t.id, { title: "Omar's, edited" })).status).toBe(200);
  });
});

describe("DELETE /api/task/{task}", () => {
  it("soft-deletes (200, empty body), then answers 404, and tells the linked records", async () => {
    const { body: t } = await coneCreate(rep, body({ title: "To delete" }));
    const res = await coneDelete(rep, t.id);
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    const [row] = await db.select().from(tasks).where(eq(tasks.id, t.id));
    expect(row).toMatchObject({ isDeleted: true, deletedBy: rep.ctx.userId });
    expect((await coneDelete(rep, t.id)).status).toBe(404);
    expect((await timeline(links.dealId)).filter((r) => r.action === "task_deleted" && r.note === "To delete")).toHaveLength(1);
  });

  it("answers 403 to a rep deleting someone else's task, 404 across workspaces", async () => {
    const { body: t } = await coneCreate(admin, body({ assignee: otherRep.ctx.userId }));
    expect((await coneDelete(rep, t.id)).status).toBe(403);
    expect((await coneDelete(rival, t.id)).status).toBe(404);
    expect((await coneDelete(admin, t.id)).status).toBe(200);
  });
});
