import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, automationRuns, automationRunSteps, tasks, users } from "@/db/schema";
import { engineSettings } from "@/lib/automation/engine";
import { listJobs } from "@/lib/automation/queue";
import { drainJobs } from "@/lib/automation/worker";
import { bulkAssignContacts } from "@/lib/contacts/bulk";
import { createContact } from "@/lib/contacts/create";
import { updateContact } from "@/lib/contacts/update";
import { createDeal } from "@/lib/deals/create";
import { addUser, newWorkspace, type TestUser } from "../helpers";
import { createAutomation, patchAutomation } from "./automation-fixtures";

/** Contact events come from the contact verbs (one emitter); create_task goes through lib/tasks. */

let admin: TestUser;
let rep: TestUser;
let n = 0;
const node = (id: string, type: string, data: unknown, y = 0) => ({ id, type, position: { x: 0, y }, data });
const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });
const events = async (name: string) =>
  (await listJobs(db, sql`data->>'tenantId' = ${admin.ctx.tenantId} and data->>'kind' = 'event' and data->'payload'->>'name' = ${name}`))
    .map((j) => j.payload as { record: { id: string }; data: { changes?: Record<string, unknown> }; depth: number });
const email = () => `e${++n}-${Date.now()}@ex.test`;
const runsOf = (automationId: string) => db.select().from(automationRuns).where(eq(automationRuns.automationId, automationId)).orderBy(asc(automationRuns.startedAt));

/** An active automation on `trigger` that only adds a note: events of that trigger are then queued. */
async function listener(trigger: string) {
  const { body } = await createAutomation(admin, {
    name: `Listen to ${trigger}`,
    automationTrigger: trigger,
    isActive: true,
    nodes: [node("t", "trigger", { trigger }), node("a", "action", { action: "add_note", config: { note: "seen" } }, 100)],
    edges: [edge("t", "a")],
  });
  return { id: body.id as string, stop: () => patchAutomation(admin, body.id, { isActive: false }) };
}

beforeAll(async () => {
  engineSettings.backoffMs = 20;
  admin = await newWorkspace("Events");
  rep = await addUser(admin, "USER", "Rita Rep");
});
beforeEach(() => drainJobs());

describe("contact events", () => {
  it("queues an event only when an active automation of the workspace has it as trigger", async () => {
    const quiet = await createContact({ ctx: admin.ctx, input: { firstName: "Quiet", primaryEmail: email() } });
    expect((await events("contact.created")).filter((e) => e.record.id === quiet.id)).toEqual([]);
    const l = await listener("contact.created");
    const heard = await createContact({ ctx: admin.ctx, input: { firstName: "Heard", primaryEmail: email() } });
    expect((await events("contact.created")).filter((e) => e.record.id === heard.id)).toHaveLength(1);
    // Another workspace's automation does not make this one's events queued; an inactive one neither.
    await l.stop();
    const other = await newWorkspace("Events elsewhere");
    await createAutomation(other, {
      name: "Elsewhere",
      automationTrigger: "contact.created",
      isActive: true,
      nodes: [node("t", "trigger", { trigger: "contact.created" }), node("a", "action", { action: "add_note", config: { note: "x" } }, 100)],
      edges: [edge("t", "a")],
    });
    const unheard = await createContact({ ctx: admin.ctx, input: { firstName: "Unheard", primaryEmail: email() } });
    expect((await events("contact.created")).filter((e) => e.record.id === unheard.id)).toEqual([]);
  });

  it("contact.created from createContact and from a deal naming a new contact, once each", async () => {
    const l = await listener("contact.created");
    const c = await createContact({ ctx: admin.ctx, input: { firstName: "Ada", primaryEmail: email() } });
    const known = await createDeal({ ctx: admin.ctx, input: { name: "Known", contact_email: c.primaryEmail, contact_first_name: "Ada" } });
    const fresh = await createDeal({ ctx: admin.ctx, input: { name: "Fresh", contact_email: email(), contact_first_name: "Bo" } });
    const created = (await events("contact.created")).map((e) => e.record.id);
    expect(created.filter((id) => id === c.id)).toHaveLength(1);
    expect(created).toContain(fresh.primaryContactId);
    expect(known.primaryContactId).toBe(c.id);
    expect(created.filter((id) => id === known.primaryContactId)).toHaveLength(1);
    await l.stop();
  });

  it("contact.updated carries the changes; no event when nothing changed; bulk assign emits one per contact", async () => {
    const l = await listener("contact.updated");
    const c = await createContact({ ctx: admin.ctx, input: { firstName: "Cy", primaryEmail: email() } });
    const d = await createContact({ ctx: admin.ctx, input: { firstName: "Di", primaryEmail: email() } });
    await updateContact({ ctx: admin.ctx, id: c.id, input: { jobTitle: "CTO" } });
    await updateContact({ ctx: admin.ctx, id: c.id, input: { jobTitle: "CTO" } });
    let updated = (await events("contact.updated")).filter((e) => e.record.id === c.id);
    expect(updated).toHaveLength(1);
    expect(updated[0]!.data.changes).toEqual({ jobTitle: { from: null, to: "CTO" } });
    await bulkAssignContacts({ ctx: admin.ctx, input: { ids: [c.id, d.id], ownerId: rep.ctx.userId } });
    updated = await events("contact.updated");
    expect(updated.filter((e) => e.data.changes?.ownerId).map((e) => e.record.id).sort()).toEqual([c.id, d.id].sort());
    await l.stop();
  });

  it("runs contact automations: created → assign_owner, whose change triggers contact.updated automations (depth 1)", async () => {
    const { body: onCreate } = await createAutomation(admin, {
      name: "Route new contacts",
      automationTrigger: "contact.created",
      isActive: true,
      nodes: [node("t", "trigger", { trigger: "contact.created" }), node("a", "action", { action: "assign_owner", config: { mode: "fixed", userId: rep.ctx.userId } }, 100)],
      edges: [edge("t", "a")],
    });
    const { body: onUpdate } = await createAutomation(admin, {
      name: "Welcome the new owner",
      automationTrigger: "contact.updated",
      isActive: true,
      nodes: [
        node("t", "trigger", { trigger: "contact.updated", config: { fields: ["ownerId"] } }),
        node("a", "action", { action: "create_task", config: { title: "Meet {{contact.firstName}}", type: "MEETING", dueInDays: 1, assignee: "owner" } }, 100),
      ],
      edges: [edge("t", "a")],
    });
    const onTask = await listener("task.created");
    const c = await createContact({ ctx: admin.ctx, input: { firstName: "Eve", primaryEmail: email() } });
    await drainJobs();
    const [created] = await runsOf(onCreate.id);
    expect(created).toMatchObject({ status: "succeeded", recordId: c.id, depth: 0 });
    const [followUp] = (await runsOf(onUpdate.id)).filter((r) => r.recordId === c.id);
    expect(followUp).toMatchObject({ status: "succeeded", depth: 1 });
    const [task] = await db.select().from(tasks).where(eq(tasks.contactId, c.id));
    expect(task).toMatchObject({ title: "Meet Eve", type: "MEETING", assigneeId: rep.ctx.userId });
    // Through lib/tasks: the task's own timeline and the contact's say an automation created it.
    const entries = await db.select().from(activities).where(sql`${activities.recordId} in (${task!.id}, ${c.id}) and ${activities.action} in ('created', 'task_created')`);
    expect(entries.filter((e) => e.recordId === task!.id && e.action === "created")).toHaveLength(1);
    expect(entries.find((e) => e.recordId === c.id && e.action === "task_created")).toMatchObject({ via: "automation", note: "Meet Eve" });
    expect((await events("task.created")).map((e) => e.record.id)).toContain(task!.id);
    await patchAutomation(admin, onCreate.id, { isActive: false });
    await patchAutomation(admin, onUpdate.id, { isActive: false });
    await onTask.stop();
  });

  it("create_task naming a user who was deactivated since activation fails the run for good, creating nothing", async () => {
    const temp = await addUser(admin, "USER", "Temp");
    const { body: a } = await createAutomation(admin, {
      name: "Task for temp",
      automationTrigger: "contact.created",
      isActive: true,
      nodes: [node("t", "trigger", { trigger: "contact.created" }), node("a", "action", { action: "create_task", config: { title: "Hi", assignee: temp.ctx.userId } }, 100)],
      edges: [edge("t", "a")],
    });
    await db.update(users).set({ isActive: false }).where(eq(users.id, temp.ctx.userId));
    const c = await createContact({ ctx: admin.ctx, input: { firstName: "Fay", primaryEmail: email() } });
    await drainJobs();
    const [run] = await runsOf(a.id);
    expect(run).toMatchObject({ status: "failed" });
    expect(run!.error).toMatch(/assigneeId: no such user/);
    const steps = await db.select().from(automationRunSteps).where(eq(automationRunSteps.runId, run!.id));
    expect(steps.filter((s) => s.status === "failed")).toHaveLength(1);
    expect(await db.select().from(tasks).where(eq(tasks.contactId, c.id))).toHaveLength(0);
  });
});
