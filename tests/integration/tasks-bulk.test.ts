import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { tasks } from "@/db/schema";
import { bulkAssignTasks, bulkCompleteTasks, bulkDeleteTasks } from "@/lib/tasks/bulk";
import { createTask } from "@/lib/tasks/create";
import { listTasks } from "@/lib/tasks/list";
import { addUser, newWorkspace, type TestUser } from "../helpers";
import { session } from "./action-session";
import { MISSING_ID, timeline } from "./tasks-fixtures";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", () => import("./action-session"));
const actions = await import("@/app/(crm)/tasks/actions");

let admin: TestUser;
let rep: TestUser;
let otherRep: TestUser;
let rival: TestUser;

beforeAll(async () => {
  admin = await newWorkspace("Bulk tasks");
  rep = await addUser(admin, "USER", "Rita Rep");
  otherRep = await addUser(admin, "USER", "Omar Rep");
  rival = await newWorkspace("Rival");
});

const make = async (user: TestUser, title: string, extra: Record<string, unknown> = {}) => (await createTask({ ctx: user.ctx, input: { title, ...extra } })).id;
const rows = (ids: string[]) => db.select().from(tasks).where(inArray(tasks.id, ids));

describe("bulkAssignTasks", () => {
  it("gives every selected task to the colleague and records it on each timeline", async () => {
    const ids = [await make(admin, "A1"), await make(admin, "A2")];
    expect(await bulkAssignTasks({ ctx: admin.ctx, input: { ids: [...ids, ids[0]], ownerId: rep.ctx.userId } })).toEqual({ count: 2 });
    expect((await rows(ids)).map((t) => t.assigneeId)).toEqual([rep.ctx.userId, rep.ctx.userId]);
    const entries = await timeline(ids[0]!);
    expect(entries.at(-1)).toMatchObject({ action: "updated", changes: { assigneeId: { from: admin.ctx.userId, to: rep.ctx.userId } } });
    await bulkAssignTasks({ ctx: admin.ctx, input: { ids, ownerId: null } });
    expect((await rows(ids)).map((t) => t.assigneeId)).toEqual([null, null]);
  });

  it("rejects bad input naming the field and writes nothing", async () => {
    const id = await make(admin, "Untouched");
    await expect(bulkAssignTasks({ ctx: admin.ctx, input: { ids: "x", ownerId: rep.ctx.userId } })).rejects.toMatchObject({ code: "validation", fields: { ids: "must be a list of ids" } });
    await expect(bulkAssignTasks({ ctx: admin.ctx, input: { ids: [], ownerId: rep.ctx.userId } })).rejects.toMatchObject({ fields: { ids: "must name at least one record" } });
    await expect(bulkAssignTasks({ ctx: admin.ctx, input: { ids: [id] } })).rejects.toMatchObject({ fields: { ownerId: expect.any(String) } });
    await expect(bulkAssignTasks({ ctx: admin.ctx, input: { ids: [id], ownerId: rival.ctx.userId } })).rejects.toMatchObject({ fields: { ownerId: "no such user" } });
    expect((await rows([id]))[0]!.assigneeId).toBe(admin.ctx.userId);
  });

  it("another workspace's or an unknown id → not found, and nothing changes", async () => {
    const id = await make(admin, "Mine");
    const foreign = await make(rival, "Theirs");
    await expect(bulkAssignTasks({ ctx: admin.ctx, input: { ids: [id, foreign], ownerId: rep.ctx.userId } })).rejects.toMatchObject({ code: "not_found" });
    await expect(bulkAssignTasks({ ctx: admin.ctx, input: { ids: [id, MISSING_ID], ownerId: rep.ctx.userId } })).rejects.toMatchObject({ code: "not_found" });
    expect((await rows([id]))[0]!.assigneeId).toBe(admin.ctx.userId);
    expect((await rows([foreign]))[0]!.assigneeId).toBe(rival.ctx.userId);
  });

  it("a rep may not reassign someone else's task: forbidden, all or nothing", async () => {
    const own = await make(rep, "Rep's own");
    const others = await make(otherRep, "Omar's own");
    await expect(bulkAssignTasks({ ctx: rep.ctx, input: { ids: [own, others], ownerId: rep.ctx.userId } })).rejects.toMatchObject({ code: "forbidden" });
    expect((await rows([others]))[0]!.assigneeId).toBe(otherRep.ctx.userId);
    expect(await bulkAssignTasks({ ctx: rep.ctx, input: { ids: [own], ownerId: otherRep.ctx.userId } })).toEqual({ count: 1 });
  });
});

describe("bulkCompleteTasks", () => {
  it("completes and reopens the selection, idempotently", async () => {
    const ids = [await make(admin, "C1"), await make(admin, "C2")];
    await bulkCompleteTasks({ ctx: admin.ctx, input: { ids: [ids[0]], done: true } });
    expect(await bulkCompleteTasks({ ctx: admin.ctx, input: { ids, done: true } })).toEqual({ count: 2 });
    const done = await rows(ids);
    expect(done.every((t) => t.completedAt && t.completedBy === admin.ctx.userId)).toBe(true);
    expect((await timeline(ids[0]!)).filter((e) => e.action === "completed")).toHaveLength(1);
    await bulkCompleteTasks({ ctx: admin.ctx, input: { ids, done: false } });
    expect((await rows(ids)).every((t) => t.completedAt === null)).toBe(true);
  });

  it("rejects a missing or wrong-typed state, other workspaces' ids and others' tasks for reps", async () => {
    const id = await make(admin, "C3");
    await expect(bulkCompleteTasks({ ctx: admin.ctx, input: { ids: [id] } })).rejects.toMatchObject({ fields: { done: "must be true or false" } });
    await expect(bulkCompleteTasks({ ctx: admin.ctx, input: { ids: [id], done: "yes" } })).rejects.toMatchObject({ fields: { done: "must be true or false" } });
    await expect(bulkCompleteTasks({ ctx: admin.ctx, input: { ids: [id, await make(rival, "R")], done: true } })).rejects.toMatchObject({ code: "not_found" });
    await expect(bulkCompleteTasks({ ctx: rep.ctx, input: { ids: [id], done: true } })).rejects.toMatchObject({ code: "forbidden" });
    expect((await rows([id]))[0]!.completedAt).toBeNull();
  });
});

describe("bulkDeleteTasks", () => {
  it("soft-deletes the selection; all or nothing", async () => {
    const ids = [await make(admin, "D1"), await make(admin, "D2")];
    const others = await make(otherRep, "Omar's");
    await expect(bulkDeleteTasks({ ctx: rep.ctx, input: { ids: [others] } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(bulkDeleteTasks({ ctx: admin.ctx, input: { ids: [...ids, MISSING_ID] } })).rejects.toMatchObject({ code: "not_found" });
    expect((await rows(ids)).every((t) => !t.isDeleted)).toBe(true);
    expect(await bulkDeleteTasks({ ctx: admin.ctx, input: { ids } })).toEqual({ count: 2 });
    expect((await rows(ids)).every((t) => t.isDeleted)).toBe(true);
    await expect(bulkDeleteTasks({ ctx: admin.ctx, input: { ids: ["not-a-uuid"] } })).rejects.toMatchObject({ fields: { "ids[0]": "must be a UUID" } });
  });
});

describe("the bulk server actions and the assignee sort", () => {
  it("answer counts, failures as field messages, and refuse without a session", async () => {
    session.ctx = admin.ctx;
    const ids = [await make(admin, "S1"), await make(admin, "S2")];
    expect(await actions.bulkAssignTasksAction(ids, rep.ctx.userId)).toEqual({ ok: true, count: 2 });
    expect(await actions.bulkCompleteTasksAction(ids, true)).toEqual({ ok: true, count: 2 });
    expect(await actions.bulkAssignTasksAction([MISSING_ID], rep.ctx.userId)).toMatchObject({ ok: false, code: "not_found" });
    expect(await actions.bulkDeleteTasksAction(ids)).toEqual({ ok: true, count: 2 });
    session.ctx = null;
    expect(await actions.bulkCompleteTasksAction(ids, false)).toMatchObject({ ok: false, code: "unauthorized" });
  });

  it("sorts by the assignee's name, unassigned last", async () => {
    const zed = await make(admin, "Sort Z", { assigneeId: otherRep.ctx.userId });
    const ann = await make(admin, "Sort A", { assigneeId: rep.ctx.userId });
    const none = await make(admin, "Sort N", { assigneeId: null });
    const page = await listTasks({ ctx: admin.ctx, query: { search: "Sort ", sort: "assignee" } });
    expect(page.data.map((t) => t.id)).toEqual([zed, ann, none]);
    const desc = await listTasks({ ctx: admin.ctx, query: { search: "Sort ", sort: "-assignee" } });
    expect(desc.data.map((t) => t.id)).toEqual([ann, zed, none]);
    await db.update(tasks).set({ isDeleted: true }).where(eq(tasks.id, none));
  });
});
