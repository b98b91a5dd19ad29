import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { tasks } from "@/db/schema";
import { addUser, newWorkspace, type TestUser } from "../helpers";
import { session } from "./action-session";
import { countTasks, linkTargets, MISSING_ID, timeline } from "./tasks-fixtures";

// The actions re-read the session: here the signed-in person is whoever `session.ctx` says.
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));
vi.mock("@/lib/auth/session", () => import("./action-session"));

const actions = await import("@/app/(crm)/tasks/actions");

let admin: TestUser;
let rep: TestUser;
let otherRep: TestUser;
let rival: TestUser;
let links: Awaited<ReturnType<typeof linkTargets>>;
const as = (user: TestUser | null) => {
  session.ctx = user?.ctx ?? null;
};

beforeAll(async () => {
  admin = await newWorkspace("Actions");
  rep = await addUser(admin, "USER", "Rita Rep");
  otherRep = await addUser(admin, "USER", "Omar Rep");
  rival = await newWorkspace("Rival");
  links = await linkTargets(admin, "Actions");
});
beforeEach(() => {
  revalidated.length = 0;
});

describe("createTaskAction", () => {
  it("creates the task as the signed-in person, records it as a UI change, and refreshes the pages that show it", async () => {
    as(rep);
    const res = await actions.createTaskAction({ title: "Call from the dialog", type: "CALL", dueAt: "2030-05-01T09:00:00.000Z", dealId: links.dealId, contactId: links.contactId });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.task).toMatchObject({ title: "Call from the dialog", assigneeId: rep.ctx.userId, dealId: links.dealId, completed: false });
    expect(revalidated).toEqual(expect.arrayContaining(["/tasks", `/deals/${links.dealId}`, `/contacts/${links.contactId}`]));
    expect(await timeline(res.task.id)).toMatchObject([{ action: "created", via: "ui", actorId: rep.ctx.userId }]);
  });

  it("answers the invalid fields and writes nothing", async () => {
    as(rep);
    const before = await countTasks(admin.ctx.tenantId);
    const res = await actions.createTaskAction({ title: " ", dueAt: "not a date", dealId: MISSING_ID });
    expect(res).toMatchObject({ ok: false, fields: { title: "is required", dueAt: "must be an ISO 8601 date-time" } });
    const foreign = await actions.createTaskAction({ title: "Sneaky", dealId: (await linkTargets(rival, "Rival")).dealId });
    expect(foreign).toMatchObject({ ok: false, fields: { dealId: "no such deal" } });
    expect(await countTasks(admin.ctx.tenantId)).toBe(before);
  });

  it("refuses without a session", async () => {
    as(null);
    const res = await actions.createTaskAction({ title: "Ghost" });
    expect(res).toMatchObject({ ok: false, message: "Your session has ended; sign in again" });
  });
});

describe("update, complete, reopen and delete actions", () => {
  it("update changes the fields, complete and reopen toggle, delete removes", async () => {
    as(rep);
    const created = await actions.createTaskAction({ title: "Lifecycle" });
    if (!created.ok) throw new Error(created.message);
    const id = created.task.id;
    const updated = await actions.updateTaskAction(id, { title: "Lifecycle, renamed", type: "MEETING" });
    expect(updated).toMatchObject({ ok: true, task: { title: "Lifecycle, renamed", type: "MEETING" } });
    expect(await actions.completeTaskAction(id)).toMatchObject({ ok: true, task: { completed: true } });
    expect(await actions.reopenTaskAction(id)).toMatchObject({ ok: true, task: { completed: false } });
    expect(await actions.deleteTaskAction(id)).toEqual({ ok: true });
    const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
    expect(row!.isDeleted).toBe(true);
    expect((await timeline(id)).map((r) => r.action)).toEqual(["created", "updated", "completed", "reopened", "deleted"]);
  });

  it("refuses a rep's change to someone else's task and hides other workspaces' tasks", async () => {
    as(otherRep);
    const created = await actions.createTaskAction({ title: "Omar's own" });
    if (!created.ok) throw new Error(created.message);
    as(rep);
    expect(await actions.completeTaskAction(created.task.id)).toMatchObject({ ok: false, message: expect.stringMatching(/assignee/) });
    expect(await actions.deleteTaskAction(created.task.id)).toMatchObject({ ok: false });
    as(rival);
    expect(await actions.updateTaskAction(created.task.id, { title: "Mine" })).toMatchObject({ ok: false, message: "Task not found" });
    const [row] = await db.select().from(tasks).where(eq(tasks.id, created.task.id));
    expect(row).toMatchObject({ title: "Omar's own", completedAt: null, isDeleted: false });
  });
});

describe("listTasksAction, searchLinksAction, assigneesAction", () => {
  it("lists with the API's query and rejects a bad one", async () => {
    as(rep);
    const res = await actions.listTasksAction({ assigneeId: "me", status: "open" });
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.tasks.every((t) => t.assigneeId === rep.ctx.userId && !t.completed)).toBe(true);
    expect(await actions.listTasksAction({ status: "someday" })).toMatchObject({ ok: false, fields: { status: expect.any(String) } });
  });

  it("finds contacts, accounts and deals of the workspace by what was typed", async () => {
    as(rep);
    expect(await actions.searchLinksAction({ kind: "contact", q: "léa mar" })).toMatchObject({ ok: true, options: [{ id: links.contactId, label: "Léa Martin" }] });
    expect(await actions.searchLinksAction({ kind: "account", q: "actions" })).toMatchObject({ ok: true, options: [{ id: links.accountId, label: "Actions SA" }] });
    const deals = await actions.searchLinksAction({ kind: "deal", q: "renewal" });
    expect(deals).toMatchObject({ ok: true, options: [{ id: links.dealId, label: "Actions renewal", hint: null }] });
    as(rival);
    expect(await actions.searchLinksAction({ kind: "account", q: "Actions" })).toMatchObject({ ok: true, options: [] });
    expect(await actions.searchLinksAction({ kind: "task", q: "" })).toMatchObject({ ok: false, fields: { kind: "must be contact, account or deal" } });
  });

  it("offers the active users of the workspace as assignees, and says who is asking", async () => {
    as(rep);
    const res = await actions.assigneesAction();
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.me).toBe(rep.ctx.userId);
    expect(res.users.map((u) => u.name)).toEqual(["Actions Admin", "Omar Rep", "Rita Rep"]);
  });
});
