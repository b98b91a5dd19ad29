import { eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { accounts, activities, contacts } from "@/db/schema";
import { addUser, newWorkspace, type TestUser } from "../helpers";
import { session } from "./action-session";

// The actions re-read the session: here it is whoever the test says is signed in.
vi.mock("@/lib/auth/session", () => import("./action-session"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const contactActions = await import("@/app/(crm)/contacts/actions");
const accountActions = await import("@/app/(crm)/accounts/actions");
const { searchAction } = await import("@/app/actions/search");

let admin: TestUser;
let rep: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Actions");
  rep = await addUser(admin, "USER", "Rena Rep");
  other = await newWorkspace("Foreign");
});
beforeEach(() => {
  session.ctx = admin.ctx;
});
const live = async (table: typeof contacts | typeof accounts, tenantId: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(table).where(sql`${table.tenantId} = ${tenantId} and not ${table.isDeleted}`))[0]!.n;

describe("contact actions", () => {
  it("create → ok with the id, recorded as a UI change; bad input → field messages and nothing written", async () => {
    const ok = await contactActions.createContactAction({ firstName: "Ada", primaryEmail: "ada@actions.test" });
    expect(ok).toMatchObject({ ok: true, id: expect.any(String) });
    const [entry] = await db.select().from(activities).where(eq(activities.recordId, (ok as { id: string }).id));
    expect(entry).toMatchObject({ action: "created", via: "ui", actorId: admin.ctx.userId });

    const before = await live(contacts, admin.ctx.tenantId);
    const bad = await contactActions.createContactAction({ firstName: "Bad", primaryEmail: "nope" });
    expect(bad).toMatchObject({ ok: false, code: "validation", message: "Please correct the highlighted fields.", fields: { primaryEmail: "must be a valid email address" } });
    const dup = await contactActions.createContactAction({ firstName: "Dup", primaryEmail: "ADA@actions.test" });
    expect(dup).toMatchObject({ ok: false, fields: { primaryEmail: "another contact already has this email" } });
    expect(await live(contacts, admin.ctx.tenantId)).toBe(before);
  });

  it("update in place: saves one field; refuses a bad value and another workspace's contact", async () => {
    const { id } = (await contactActions.createContactAction({ firstName: "Inline" })) as { id: string };
    expect(await contactActions.updateContactAction(id, { jobTitle: "CTO" })).toEqual({ ok: true });
    expect((await db.select().from(contacts).where(eq(contacts.id, id)))[0]!.jobTitle).toBe("CTO");
    expect(await contactActions.updateContactAction(id, { jobTitle: "x".repeat(121) })).toMatchObject({ ok: false, fields: { jobTitle: "must be at most 120 characters" } });
    session.ctx = other.ctx;
    expect(await contactActions.updateContactAction(id, { jobTitle: "Hacked" })).toMatchObject({ ok: false, message: "Contact not found" });
    expect((await db.select().from(contacts).where(eq(contacts.id, id)))[0]!.jobTitle).toBe("CTO");
  });

  it("bulk assign gives every selected contact to the owner, all or nothing", async () => {
    const a = (await contactActions.createContactAction({ firstName: "B1" })) as { id: string };
    const b = (await contactActions.createContactAction({ firstName: "B2" })) as { id: string };
    expect(await contactActions.bulkAssignContactsAction([a.id, b.id], rep.ctx.userId)).toEqual({ ok: true, count: 2 });
    const owners = await db.select({ ownerId: contacts.ownerId }).from(contacts).where(sql`${contacts.id} in (${a.id}, ${b.id})`);
    expect(owners.map((o) => o.ownerId)).toEqual([rep.ctx.userId, rep.ctx.userId]);
    // An unknown id in the batch changes nothing.
    const res = await contactActions.bulkAssignContactsAction([a.id, "018f0000-0000-7000-8000-000000000000"], admin.ctx.userId);
    expect(res).toMatchObject({ ok: false, message: "Contact not found" });
    expect((await db.select().from(contacts).where(eq(contacts.id, a.id)))[0]!.ownerId).toBe(rep.ctx.userId);
    expect(await contactActions.bulkAssignContactsAction([], null)).toMatchObject({ ok: false, fields: { ids: "must name at least one record" } });
    expect(await contactActions.bulkAssignContactsAction([a.id], other.ctx.userId)).toMatchObject({ ok: false, fields: { ownerId: "no such user" } });
  });

  it("bulk delete: a rep may not delete someone else's contacts (nothing deleted), an admin may", async () => {
    const mine = (await contactActions.createContactAction({ firstName: "D1" })) as { id: string };
    session.ctx = rep.ctx;
    const reps = (await contactActions.createContactAction({ firstName: "D2" })) as { id: string };
    const before = await live(contacts, admin.ctx.tenantId);
    expect(await contactActions.bulkDeleteContactsAction([reps.id, mine.id])).toMatchObject({ ok: false, message: expect.stringMatching(/owner, a manager or an admin/) });
    expect(await live(contacts, admin.ctx.tenantId)).toBe(before);
    expect(await contactActions.bulkDeleteContactsAction([reps.id])).toEqual({ ok: true, count: 1 });
    session.ctx = admin.ctx;
    expect(await contactActions.deleteContactAction(mine.id)).toEqual({ ok: true });
    expect(await live(contacts, admin.ctx.tenantId)).toBe(before - 2);
  });

  it("every action refuses without a session", async () => {
    session.ctx = null;
    expect(await contactActions.createContactAction({ firstName: "X" })).toMatchObject({ ok: false, message: "Your session has ended; sign in again" });
    expect(await contactActions.bulkDeleteContactsAction(["018f0000-0000-7000-8000-000000000000"])).toMatchObject({ ok: false });
    expect(await accountActions.createAccountAction({ name: "X" })).toMatchObject({ ok: false });
    expect(await searchAction("x")).toMatchObject({ ok: false });
  });
});

describe("account actions", () => {
  it("create, update in place, link contacts, bulk assign and delete", async () => {
    const created = await accountActions.createAccountAction({ name: "Acme Actions", city: "Tunis" });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { id: string }).id;
    expect(await accountActions.createAccountAction({ name: "" })).toMatchObject({ ok: false, fields: { name: "is required" } });
    expect(await accountActions.updateAccountAction(id, { industry: "Logistics" })).toEqual({ ok: true });
    const c = (await contactActions.createContactAction({ firstName: "Linked" })) as { id: string };
    expect(await accountActions.updateAccountAction(id, { contactIds: [c.id] })).toEqual({ ok: true });
    expect(await accountActions.updateAccountAction(id, { contactIds: ["018f0000-0000-7000-8000-000000000000"] })).toMatchObject({ ok: false, fields: { "contactIds[0]": "no such contact" } });
    expect(await accountActions.bulkAssignAccountsAction([id], rep.ctx.userId)).toEqual({ ok: true, count: 1 });
    const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
    expect(row).toMatchObject({ industry: "Logistics", ownerId: rep.ctx.userId });
    session.ctx = other.ctx;
    expect(await accountActions.bulkDeleteAccountsAction([id])).toMatchObject({ ok: false, message: "Account not found" });
    session.ctx = admin.ctx;
    expect(await accountActions.bulkDeleteAccountsAction([id])).toEqual({ ok: true, count: 1 });
    expect(await accountActions.deleteAccountAction(id)).toMatchObject({ ok: false, message: "Account not found" });
  });
});

describe("search action", () => {
  it("finds the workspace's records and nobody else's", async () => {
    await accountActions.createAccountAction({ name: "Zephyr Holdings" });
    session.ctx = other.ctx;
    await accountActions.createAccountAction({ name: "Zephyr Rival" });
    session.ctx = admin.ctx;
    const res = await searchAction("zephyr");
    expect(res.ok && res.results.accounts.map((a) => a.title)).toEqual(["Zephyr Holdings"]);
    expect(await searchAction("")).toMatchObject({ ok: false, fields: { q: "is required" } });
  });
});
