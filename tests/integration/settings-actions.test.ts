import { and, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * The settings server actions, called directly. Only what needs a running Next server is replaced: the
 * next-auth session read (getServerSession answers the user set by `signIn`), the cache revalidation and the
 * cookie jar. The actions, the session check (lib/auth/session.ts re-reading the user) and the verbs are real.
 */
const state = vi.hoisted(() => ({ userId: null as string | null, cookies: new Map<string, string>(), revalidated: [] as string[] }));
vi.mock("next-auth", async (original) => ({ ...(await original<typeof import("next-auth")>()), getServerSession: async () => (state.userId ? { userId: state.userId } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void state.revalidated.push(path) }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined), set: (name: string, value: string) => void state.cookies.set(name, value) }),
  headers: async () => new Headers(),
}));

import { db } from "@/db/client";
import { customFields, customLabels, departments, franchises, leadSources, pipelines, stages, users } from "@/db/schema";
import * as customFieldActions from "@/app/(crm)/settings/custom-fields/actions";
import * as customLabelActions from "@/app/(crm)/settings/custom-labels/actions";
import * as departmentActions from "@/app/(crm)/settings/departments/actions";
import * as franchiseActions from "@/app/(crm)/settings/franchises/actions";
import * as leadSourceActions from "@/app/(crm)/settings/lead-sources/actions";
import * as pipelineActions from "@/app/(crm)/settings/pipelines/actions";
import * as userActions from "@/app/(crm)/settings/users/actions";
import { changePasswordAction } from "@/app/(auth)/change-password/actions";
import { setLocaleAction } from "@/app/actions/locale";
import type { ActionFailure, ActionResult } from "@/components/forms/action-result";
import { LOCALE_COOKIE } from "@/components/i18n/locale";
import { addUser, newWorkspace, type TestUser } from "../helpers";

let admin: TestUser;
let manager: TestUser;
let rep: TestUser;
let stranger: TestUser;
const signIn = (u: TestUser | null) => void (state.userId = u ? u.ctx.userId : null);

beforeAll(async () => {
  admin = await newWorkspace("Actions");
  manager = await addUser(admin, "MANAGER");
  rep = await addUser(admin, "USER");
  stranger = await newWorkspace("Elsewhere");
});
beforeEach(() => {
  signIn(null);
  state.revalidated.length = 0;
  state.cookies.clear();
});

const rowCount = async (table: typeof pipelines | typeof stages | typeof customFields | typeof customLabels | typeof franchises | typeof departments | typeof leadSources | typeof users, tenantId: string) =>
  (await db.select({ n: count() }).from(table).where(eq(table.tenantId, tenantId)))[0]!.n;

/** The failure an action answered (the test fails if it succeeded). */
const fail = (r: ActionResult): ActionFailure => {
  expect(r.ok).toBe(false);
  return r as ActionFailure;
};

async function defaultPipeline(u: TestUser) {
  const [p] = await db.select().from(pipelines).where(and(eq(pipelines.tenantId, u.ctx.tenantId), eq(pipelines.isDefault, true)));
  return p!;
}

describe("every action re-checks the session", () => {
  it("refuses when nobody is signed in, and writes nothing", async () => {
    const before = await rowCount(pipelines, admin.ctx.tenantId);
    expect(fail(await pipelineActions.createPipelineAction({ name: "Ghost" })).code).toBe("unauthorized");
    expect(fail(await userActions.inviteUserAction({ email: "ghost@example.test", name: "Ghost", role: "USER" })).code).toBe("unauthorized");
    expect(fail(await customFieldActions.createFieldAction({ entity: "deal", label: "Ghost", fieldType: "text", isRequired: false, options: {} })).code).toBe("unauthorized");
    expect(fail(await franchiseActions.createFranchiseAction({ name: "Ghost" })).code).toBe("unauthorized");
    expect(await rowCount(pipelines, admin.ctx.tenantId)).toBe(before);
    expect(state.revalidated).toEqual([]);
  });

  it("refuses a user deactivated since signing in", async () => {
    const gone = await addUser(admin, "ADMIN", "Leaver");
    await db.update(users).set({ isActive: false }).where(eq(users.id, gone.ctx.userId));
    signIn(gone);
    expect(fail(await pipelineActions.createPipelineAction({ name: "Late" })).code).toBe("unauthorized");
  });
});

describe("a pending temporary password", () => {
  it("refuses every settings action until the person chooses a password", async () => {
    signIn(admin);
    const invited = await userActions.inviteUserAction({ email: "fresh-manager@example.test", name: "Fresh", role: "MANAGER" });
    if (!invited.ok) throw new Error("invite failed");
    const [u] = await db.select().from(users).where(eq(users.email, "fresh-manager@example.test"));
    state.userId = u!.id;
    const refused = fail(await pipelineActions.createPipelineAction({ name: "Too soon" }));
    expect(refused.code).toBe("forbidden");
    expect(fail(await changePasswordAction({ currentPassword: "wrong-pass-1", newPassword: "Fresh-pass-42" })).fields.currentPassword).toBeDefined();
    expect(await changePasswordAction({ currentPassword: invited.temporaryPassword, newPassword: "Fresh-pass-42" })).toEqual({ ok: true });
    expect((await pipelineActions.createPipelineAction({ name: "Now fine" })).ok).toBe(true);
  });
});

describe("pipeline and stage actions", () => {
  it("create, rename, add and reorder stages, then delete, revalidating the page", async () => {
    signIn(manager);
    expect(await pipelineActions.createPipelineAction({ name: "Partners" })).toEqual({ ok: true });
    expect(state.revalidated).toContain("/settings/pipelines");
    const [p] = await db.select().from(pipelines).where(and(eq(pipelines.tenantId, admin.ctx.tenantId), eq(pipelines.name, "Partners")));
    expect((await pipelineActions.updatePipelineAction(p!.id, { name: "Partners EU" })).ok).toBe(true);
    expect((await pipelineActions.createStageAction(p!.id, { name: "Intro", color: "#22c55e", probability: 10, kind: "open" })).ok).toBe(true);
    const list = await db.select().from(stages).where(eq(stages.pipelineId, p!.id));
    expect(list.map((s) => s.name)).toContain("Intro");
    const ids = list.sort((a, b) => a.position - b.position).map((s) => s.id);
    expect((await pipelineActions.reorderStagesAction(p!.id, [...ids].reverse())).ok).toBe(true);
    const after = await db.select().from(stages).where(eq(stages.pipelineId, p!.id));
    expect(after.sort((a, b) => a.position - b.position).map((s) => s.id)).toEqual([...ids].reverse());
    expect((await pipelineActions.deletePipelineAction(p!.id)).ok).toBe(true);
  });

  it("bad input names the field and writes nothing", async () => {
    signIn(manager);
    const p = await defaultPipeline(admin);
    const before = await rowCount(stages, admin.ctx.tenantId);
    const long = fail(await pipelineActions.createStageAction(p.id, { name: "x".repeat(101), color: "#fff", probability: 10, kind: "open" }));
    expect(long.code).toBe("validation");
    expect(long.fields.name).toBeDefined();
    expect(long.issues?.name).toEqual({ kind: "too_long", limit: 100 });
    expect(fail(await pipelineActions.createStageAction(p.id, { name: "Odd", color: "#22c55e", probability: 10, kind: "maybe" })).fields.kind).toBeDefined();
    expect(fail(await pipelineActions.createStageAction(p.id, { name: "Odd", color: "#22c55e", probability: 150, kind: "open" })).fields.probability).toBeDefined();
    expect(fail(await pipelineActions.createStageAction(p.id, { name: "", color: "#22c55e", probability: 10, kind: "open" })).issues?.name).toEqual({ kind: "required" });
    expect(fail(await pipelineActions.createPipelineAction({ name: 42 as unknown as string })).fields.name).toBeDefined();
    expect(await rowCount(stages, admin.ctx.tenantId)).toBe(before);
  });

  it("another workspace's pipeline or stage is not found, and is left alone", async () => {
    signIn(manager);
    const theirs = await defaultPipeline(stranger);
    const [theirStage] = await db.select().from(stages).where(eq(stages.pipelineId, theirs.id));
    expect(fail(await pipelineActions.updatePipelineAction(theirs.id, { name: "Hijacked" })).code).toBe("not_found");
    expect(fail(await pipelineActions.deleteStageAction(theirs.id, theirStage!.id)).code).toBe("not_found");
    expect(fail(await pipelineActions.updateStageAction(theirs.id, theirStage!.id, { name: "Mine", color: "#000000", probability: 1, kind: "open" })).code).toBe("not_found");
    expect(fail(await pipelineActions.deletePipelineAction("not-a-uuid")).code).toBe("not_found");
    expect((await defaultPipeline(stranger)).name).toBe(theirs.name);
  });

  it("a sales rep is refused", async () => {
    signIn(rep);
    const p = await defaultPipeline(admin);
    const before = await rowCount(stages, admin.ctx.tenantId);
    expect(fail(await pipelineActions.createPipelineAction({ name: "Rogue" })).code).toBe("forbidden");
    expect(fail(await pipelineActions.createStageAction(p.id, { name: "Rogue", color: "#000000", probability: 1, kind: "open" })).code).toBe("forbidden");
    expect(await rowCount(stages, admin.ctx.tenantId)).toBe(before);
  });
});

describe("user actions", () => {
  it("an admin invites with a temporary password, changes a role, deactivates", async () => {
    signIn(admin);
    const r = await userActions.inviteUserAction({ email: "newbie@example.test", name: "Newbie", role: "USER" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(typeof r.temporaryPassword).toBe("string");
    const [u] = await db.select().from(users).where(eq(users.email, "newbie@example.test"));
    expect(u).toMatchObject({ tenantId: admin.ctx.tenantId, role: "USER", isActive: true });
    expect((await userActions.updateUserAction(u!.id, { role: "MANAGER" })).ok).toBe(true);
    expect((await userActions.updateUserAction(u!.id, { isActive: false })).ok).toBe(true);
    expect((await db.select().from(users).where(eq(users.id, u!.id)))[0]).toMatchObject({ role: "MANAGER", isActive: false });
  });

  it("bad input names the field and creates nobody", async () => {
    signIn(admin);
    const before = await rowCount(users, admin.ctx.tenantId);
    expect(fail(await userActions.inviteUserAction({ email: "not-an-email", name: "X", role: "USER" })).issues?.email).toEqual({ kind: "invalid_email" });
    expect(fail(await userActions.inviteUserAction({ email: "a@example.test", name: "", role: "USER" })).fields.name).toBeDefined();
    expect(fail(await userActions.inviteUserAction({ email: "b@example.test", name: "B", role: "OWNER" })).issues?.role).toEqual({ kind: "invalid_option" });
    expect(fail(await userActions.inviteUserAction({ email: admin.email, name: "Twin", role: "USER" })).fields.email).toBeDefined();
    expect(fail(await userActions.updateUserAction(admin.ctx.userId, { isActive: false })).fields.isActive).toBeDefined();
    expect(await rowCount(users, admin.ctx.tenantId)).toBe(before);
  });

  it("another workspace's user is not found; a manager or a rep is refused", async () => {
    signIn(admin);
    expect(fail(await userActions.updateUserAction(stranger.ctx.userId, { role: "USER" })).code).toBe("not_found");
    expect(fail(await userActions.resetPasswordAction(stranger.ctx.userId)).code).toBe("not_found");
    expect((await db.select().from(users).where(eq(users.id, stranger.ctx.userId)))[0]!.role).toBe("ADMIN");
    for (const who of [manager, rep]) {
      signIn(who);
      expect(fail(await userActions.inviteUserAction({ email: `x-${who.ctx.role}@example.test`, name: "X", role: "ADMIN" })).code).toBe("forbidden");
      expect(fail(await userActions.updateUserAction(rep.ctx.userId, { role: "ADMIN" })).code).toBe("forbidden");
      expect(fail(await userActions.resetPasswordAction(admin.ctx.userId)).code).toBe("forbidden");
    }
    expect((await db.select().from(users).where(eq(users.id, rep.ctx.userId)))[0]!.role).toBe("USER");
  });
});

describe("custom field actions", () => {
  it("create, edit label, choices and required, delete", async () => {
    signIn(admin);
    expect((await customFieldActions.createFieldAction({ entity: "deal", label: "Tier", fieldType: "select", isRequired: false, options: { choices: ["Gold", "Silver"] } })).ok).toBe(true);
    const [f] = await db.select().from(customFields).where(and(eq(customFields.tenantId, admin.ctx.tenantId), eq(customFields.label, "Tier")));
    const r = await customFieldActions.updateFieldAction(f!.id, { label: "Customer tier", isRequired: true, options: { choices: [{ value: "Gold", label: "Gold+" }, { value: "Bronze", label: "Bronze" }] } });
    expect(r).toEqual({ ok: true });
    const [after] = await db.select().from(customFields).where(eq(customFields.id, f!.id));
    expect(after).toMatchObject({ label: "Customer tier", isRequired: true, fieldName: f!.fieldName, fieldType: "select" });
    expect(after!.options).toMatchObject({ choices: [{ value: "Gold", label: "Gold+" }, { value: "Bronze", label: "Bronze" }] });
    expect((await customFieldActions.deleteFieldAction(f!.id)).ok).toBe(true);
  });

  it("bad input names the field and changes nothing", async () => {
    signIn(admin);
    await customFieldActions.createFieldAction({ entity: "contact", label: "Shoe size", fieldType: "number", isRequired: false, options: {} });
    const [f] = await db.select().from(customFields).where(and(eq(customFields.tenantId, admin.ctx.tenantId), eq(customFields.label, "Shoe size")));
    const before = await rowCount(customFields, admin.ctx.tenantId);
    expect(fail(await customFieldActions.createFieldAction({ entity: "planet", label: "X", fieldType: "text", isRequired: false, options: {} })).fields.entity).toBeDefined();
    expect(fail(await customFieldActions.createFieldAction({ entity: "deal", label: "X", fieldType: "hologram", isRequired: false, options: {} })).fields.fieldType).toBeDefined();
    expect(fail(await customFieldActions.createFieldAction({ entity: "deal", label: "Pick", fieldType: "select", isRequired: false, options: {} })).fields["options.choices"]).toBeDefined();
    expect(fail(await customFieldActions.updateFieldAction(f!.id, { label: "y".repeat(121), isRequired: false })).issues?.label).toEqual({ kind: "too_long", limit: 120 });
    expect(fail(await customFieldActions.updateFieldAction(f!.id, { label: "Size", isRequired: "yes" as unknown as boolean })).fields.isRequired).toBeDefined();
    expect(await rowCount(customFields, admin.ctx.tenantId)).toBe(before);
    expect((await db.select().from(customFields).where(eq(customFields.id, f!.id)))[0]!.label).toBe("Shoe size");
  });

  it("another workspace's field is not found; managers and reps are refused", async () => {
    signIn(stranger);
    await customFieldActions.createFieldAction({ entity: "deal", label: "Secret", fieldType: "text", isRequired: false, options: {} });
    const [theirs] = await db.select().from(customFields).where(eq(customFields.tenantId, stranger.ctx.tenantId));
    signIn(admin);
    expect(fail(await customFieldActions.updateFieldAction(theirs!.id, { label: "Mine", isRequired: false })).code).toBe("not_found");
    expect(fail(await customFieldActions.deleteFieldAction(theirs!.id)).code).toBe("not_found");
    for (const who of [manager, rep]) {
      signIn(who);
      expect(fail(await customFieldActions.createFieldAction({ entity: "deal", label: "Nope", fieldType: "text", isRequired: false, options: {} })).code).toBe("forbidden");
      expect(fail(await customFieldActions.updateFieldAction(theirs!.id, { label: "Nope", isRequired: false })).code).toMatch(/forbidden|not_found/);
    }
    expect((await db.select().from(customFields).where(eq(customFields.id, theirs!.id)))[0]!.label).toBe("Secret");
  });
});

describe("custom label actions", () => {
  it("create, edit and delete a label set; bad input and other tenants are refused", async () => {
    signIn(admin);
    expect((await customLabelActions.createLabelAction({ label1: "Hot lead" })).ok).toBe(true);
    const [l] = await db.select().from(customLabels).where(eq(customLabels.tenantId, admin.ctx.tenantId));
    expect((await customLabelActions.updateLabelAction(l!.id, { label1: "Warm lead", label2: "Cold" })).ok).toBe(true);
    expect((await db.select().from(customLabels).where(eq(customLabels.id, l!.id)))[0]!.value).toEqual({ label1: "Warm lead", label2: "Cold" });
    expect(fail(await customLabelActions.updateLabelAction(l!.id, ["not", "a", "map"])).fields.value).toBeDefined();
    expect(fail(await customLabelActions.createLabelAction(null)).fields.value).toBeDefined();
    expect((await db.select().from(customLabels).where(eq(customLabels.id, l!.id)))[0]!.value).toEqual({ label1: "Warm lead", label2: "Cold" });

    signIn(stranger);
    expect(fail(await customLabelActions.updateLabelAction(l!.id, { x: "y" })).code).toBe("not_found");
    expect(fail(await customLabelActions.deleteLabelAction(l!.id)).code).toBe("not_found");
    signIn(manager);
    expect(fail(await customLabelActions.updateLabelAction(l!.id, { x: "y" })).code).toBe("forbidden");
    signIn(admin);
    expect((await customLabelActions.deleteLabelAction(l!.id)).ok).toBe(true);
  });
});

describe("franchise, department and lead source actions", () => {
  it("list-create-rename-delete, with a franchise kept while it has departments", async () => {
    signIn(admin);
    expect((await franchiseActions.createFranchiseAction({ name: "North" })).ok).toBe(true);
    const [f] = await db.select().from(franchises).where(eq(franchises.tenantId, admin.ctx.tenantId));
    expect((await franchiseActions.renameFranchiseAction(f!.id, "North EU")).ok).toBe(true);
    expect((await departmentActions.createDepartmentAction({ name: "Inside sales", franchiseId: f!.id, pipelineId: null })).ok).toBe(true);
    const [d] = await db.select().from(departments).where(eq(departments.tenantId, admin.ctx.tenantId));
    expect(d).toMatchObject({ name: "Inside sales", franchiseId: f!.id });
    const refused = fail(await franchiseActions.deleteFranchiseAction(f!.id));
    expect(refused.code).toBe("validation");
    expect(Object.keys(refused.fields)).toEqual(["franchise"]);
    expect((await departmentActions.renameDepartmentAction(d!.id, "Field sales")).ok).toBe(true);
    expect((await departmentActions.deleteDepartmentAction(d!.id)).ok).toBe(true);
    expect((await franchiseActions.deleteFranchiseAction(f!.id)).ok).toBe(true);
    expect(state.revalidated).toEqual(expect.arrayContaining(["/settings/franchises", "/settings/departments"]));

    signIn(manager);
    expect((await leadSourceActions.createLeadSourceAction({ name: "Trade show" })).ok).toBe(true);
    const [s] = await db.select().from(leadSources).where(eq(leadSources.tenantId, admin.ctx.tenantId));
    expect((await leadSourceActions.renameLeadSourceAction(s!.id, "Trade fair")).ok).toBe(true);
    expect((await leadSourceActions.deleteLeadSourceAction(s!.id)).ok).toBe(true);
  });

  it("bad input names the field and writes nothing", async () => {
    signIn(admin);
    const before = [await rowCount(franchises, admin.ctx.tenantId), await rowCount(departments, admin.ctx.tenantId)];
    expect(fail(await franchiseActions.createFranchiseAction({ name: "" })).issues?.name).toEqual({ kind: "required" });
    expect(fail(await franchiseActions.createFranchiseAction({ name: "n".repeat(121) })).issues?.name).toEqual({ kind: "too_long", limit: 120 });
    expect(fail(await departmentActions.createDepartmentAction({ name: "Ops", franchiseId: "nope", pipelineId: null })).fields.franchiseId).toBeDefined();
    expect(fail(await departmentActions.createDepartmentAction({ name: "Ops", franchiseId: null, pipelineId: (await defaultPipeline(stranger)).id })).fields.pipelineId).toBeDefined();
    expect([await rowCount(franchises, admin.ctx.tenantId), await rowCount(departments, admin.ctx.tenantId)]).toEqual(before);
  });

  it("another workspace's entries are not found; roles are enforced", async () => {
    signIn(stranger);
    await franchiseActions.createFranchiseAction({ name: "Theirs" });
    await leadSourceActions.createLeadSourceAction({ name: "Theirs" });
    const [f] = await db.select().from(franchises).where(eq(franchises.tenantId, stranger.ctx.tenantId));
    const [s] = await db.select().from(leadSources).where(eq(leadSources.tenantId, stranger.ctx.tenantId));
    signIn(admin);
    expect(fail(await franchiseActions.renameFranchiseAction(f!.id, "Mine")).code).toBe("not_found");
    expect(fail(await franchiseActions.deleteFranchiseAction(f!.id)).code).toBe("not_found");
    expect(fail(await leadSourceActions.renameLeadSourceAction(s!.id, "Mine")).code).toBe("not_found");
    expect(fail(await departmentActions.createDepartmentAction({ name: "Spy", franchiseId: f!.id, pipelineId: null })).fields.franchiseId).toBeDefined();
    signIn(manager);
    expect(fail(await franchiseActions.createFranchiseAction({ name: "Nope" })).code).toBe("forbidden");
    expect(fail(await departmentActions.createDepartmentAction({ name: "Nope", franchiseId: null, pipelineId: null })).code).toBe("forbidden");
    signIn(rep);
    expect(fail(await leadSourceActions.createLeadSourceAction({ name: "Nope" })).code).toBe("forbidden");
    expect((await db.select().from(franchises).where(eq(franchises.id, f!.id)))[0]!.name).toBe("Theirs");
    expect(await rowCount(leadSources, admin.ctx.tenantId)).toBe(1);
  });
});

describe("the locale action", () => {
  it("saves the signed-in user's language and sets the cookie", async () => {
    signIn(rep);
    expect(await setLocaleAction("fr")).toEqual({ ok: true });
    expect((await db.select().from(users).where(eq(users.id, rep.ctx.userId)))[0]!.locale).toBe("fr");
    expect(state.cookies.get(LOCALE_COOKIE)).toBe("fr");
  });

  it("before sign-in only sets the cookie", async () => {
    expect(await setLocaleAction("ar")).toEqual({ ok: true });
    expect(state.cookies.get(LOCALE_COOKIE)).toBe("ar");
  });

  it("refuses an unknown language, naming the field, and changes nothing", async () => {
    signIn(manager);
    const r = fail(await setLocaleAction("de"));
    expect(r.code).toBe("validation");
    expect(r.fields.locale).toBeDefined();
    expect(fail(await setLocaleAction(7 as unknown as string)).fields.locale).toBeDefined();
    expect(state.cookies.has(LOCALE_COOKIE)).toBe(false);
    expect((await db.select().from(users).where(eq(users.id, manager.ctx.userId)))[0]!.locale).toBe("en");
  });
});
