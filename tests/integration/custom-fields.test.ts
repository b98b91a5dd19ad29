import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/custom-field/route";
import * as item from "@/app/api/custom-field/[customField]/route";
import * as accountRoutes from "@/app/api/account/route";
import * as accountItem from "@/app/api/account/[account]/route";
import { db } from "@/db/client";
import { activities, customFields, customFieldValues } from "@/db/schema";
import { ConeCustomField } from "@/lib/http/serializers/cone-settings";
import { XalantisDeal } from "@/lib/http/serializers/deals";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { createDeal, dealBody, MISSING_ID, patchDeal, publicUpdate } from "./deals-fixtures";

const list = (u: TestUser) => call(collection.GET, { path: "/api/custom-field", headers: u.auth });
const create = (u: TestUser, body: unknown) => call(collection.POST, { method: "POST", path: "/api/custom-field", body, headers: u.auth });
const ofEntity = (u: TestUser, entity: string) => call(item.GET, { path: `/api/custom-field/${entity}`, params: { customField: entity }, headers: u.auth });
const patch = (u: TestUser, id: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/custom-field/${id}`, body, params: { customField: id }, headers: u.auth });
const remove = (u: TestUser, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/custom-field/${id}`, params: { customField: id }, headers: u.auth });
const createAccount = (u: TestUser, body: unknown) => call(accountRoutes.POST, { method: "POST", path: "/api/account", body, headers: u.auth });
const patchAccount = (u: TestUser, id: string, body: unknown) =>
  call(accountItem.PATCH, { method: "PATCH", path: `/api/account/${id}`, body, params: { account: id }, headers: u.auth });
const countFields = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(customFields).where(eq(customFields.tenantId, tenantId)))[0]!.n;

let admin: TestUser;
let manager: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Fieldy");
  manager = await addUser(admin, "MANAGER");
  other = await newWorkspace("Outsider");
});

describe("custom field definitions (document 003)", () => {
  it("creates a field with 200, in document 003's shape plus its id, options as JSON text", async () => {
    const res = await create(admin, { entity: "account", fieldName: "tier", fieldType: "enum", options: '{"choices": ["gold", "silver"]}', label: "Tier" });
    expect(res.status).toBe(200);
    expect(ConeCustomField.strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body).toMatchObject({ entity: "account", fieldName: "tier", fieldType: "select", label: "Tier", isRequired: false, position: 0 });
    expect(JSON.parse(res.body.options)).toEqual({ choices: [{ value: "gold", label: "gold" }, { value: "silver", label: "silver" }] });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("derives the field name from a label, takes entity aliases, and lists by entity", async () => {
    const res = await create(admin, { entity: "Lead", label: "Budget (k€)", fieldType: "integer", options: { min: 0, max: 1000 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ entity: "deal", fieldName: "budget_k", fieldType: "number" });
    const deals = await ofEntity(manager, "deal");
    expect(deals.status).toBe(200);
    expect(deals.body.map((f: { fieldName: string }) => f.fieldName)).toEqual(["budget_k"]);
    expect((await ofEntity(manager, "connections")).body).toHaveLength(1);
    const all = await list(manager);
    expect(all.body.map((f: { fieldName: string }) => f.fieldName).sort()).toEqual(["budget_k", "tier"]);
    expect((await list(other)).body).toEqual([]);
    const unknown = await ofEntity(manager, "spaceship");
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toHaveProperty(["entity"]);
  });

  it.each([
    [{ fieldName: "x", fieldType: "text" }, "entity"],
    [{ entity: "planet", fieldName: "x", fieldType: "text" }, "entity"],
    [{ entity: "deal", fieldType: "text" }, "fieldName"],
    [{ entity: "deal", fieldName: "1bad", fieldType: "text" }, "fieldName"],
    [{ entity: "deal", fieldName: "x".repeat(65), fieldType: "text" }, "fieldName"],
    [{ entity: "deal", fieldName: "x" }, "fieldType"],
    [{ entity: "deal", fieldName: "x", fieldType: "hologram" }, "fieldType"],
    [{ entity: "deal", fieldName: "x", fieldType: "select" }, "options.choices"],
    [{ entity: "deal", fieldName: "x", fieldType: "select", options: { choices: ["a", "a"] } }, "options.choices"],
    [{ entity: "deal", fieldName: "x", fieldType: "text", options: "{not json" }, "options"],
    [{ entity: "deal", fieldName: "x", fieldType: "number", options: { min: 5, max: 1 } }, "options.max"],
    [{ entity: "deal", fieldName: "x", fieldType: "text", isRequired: "yes" }, "isRequired"],
    [{ entity: "account", fieldName: "tier", fieldType: "text" }, "fieldName"],
  ])("rejects bad input %# with 400 naming %s, writing nothing", async (body, field) => {
    const before = await countFields(admin.ctx.tenantId);
    const res = await create(admin, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(await countFields(admin.ctx.tenantId)).toBe(before);
  });

  it("lets only admins write (403), everyone read", async () => {
    const before = await countFields(admin.ctx.tenantId);
    expect((await create(manager, { entity: "deal", fieldName: "nope", fieldType: "text" })).status).toBe(403);
    expect(await countFields(admin.ctx.tenantId)).toBe(before);
    const [f] = await db.select().from(customFields).where(eq(customFields.tenantId, admin.ctx.tenantId));
    expect((await patch(manager, f!.id, { label: "X" })).status).toBe(403);
    expect((await remove(manager, f!.id)).status).toBe(403);
  });

  it("updates and soft-deletes by id (200 with null); other workspaces' ids are 404", async () => {
    const { body: f } = await create(admin, { entity: "contact", fieldName: "nickname", fieldType: "text" });
    const res = await patch(admin, f.id, { label: "Nickname", isRequired: true, options: { maxLength: 20 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: f.id, label: "Nickname", isRequired: true, fieldName: "nickname" });
    expect((await patch(admin, f.id, { entity: "deal" })).body.errors).toHaveProperty(["entity"]);
    for (const id of [MISSING_ID, "nope"]) expect((await patch(admin, id, { label: "x" })).status).toBe(404);
    expect((await patch(other, f.id, { label: "x" })).status).toBe(404);
    expect((await remove(other, f.id)).status).toBe(404);
    const del = await remove(admin, f.id);
    expect(del.status).toBe(200);
    expect(del.text).toBe("null");
    expect((await ofEntity(admin, "contact")).body).toEqual([]);
    const [row] = await db.select().from(customFields).where(eq(customFields.id, f.id));
    expect(row!.isDeleted).toBe(true);
    // The name is free again.
    expect((await create(admin, { entity: "contact", fieldName: "nickname", fieldType: "text" })).status).toBe(200);
  });
});

describe("custom field values on accounts", () => {
  let fields: Record<string, string>;
  beforeAll(async () => {
    const defs = [
      { entity: "account", fieldName: "employees", fieldType: "number", options: { min: 0 } },
      { entity: "account", fieldName: "founded", fieldType: "date" },
      { entity: "account", fieldName: "partner", fieldType: "boolean" },
      { entity: "account", fieldName: "regions", fieldType: "multiselect", options: { choices: ["emea", "apac", "amer"] } },
      { entity: "account", fieldName: "site", fieldType: "url" },
      { entity: "account", fieldName: "renewal", fieldType: "datetime" },
    ];
    fields = {};
    for (const d of defs) fields[d.fieldName] = (await create(admin, d)).body.id;
  });

  it("writes typed values on create, returns every field (null when unset), and records them on the timeline", async () => {
    const res = await createAccount(admin, {
      name: "Valued SA",
      customFields: { employees: "120", founded: "2001-04-05", partner: true, regions: ["emea", "apac"], tier: "gold", renewal: "2026-01-31T09:30:00+01:00" },
    });
    expect(res.status).toBe(200);
    expect(res.body.customFields).toEqual({ tier: "gold", employees: 120, founded: "2001-04-05", partner: true, regions: ["emea", "apac"], site: null, renewal: "2026-01-31T08:30:00.000Z" });
    const [created] = await db.select().from(activities).where(eq(activities.recordId, res.body.id));
    expect(created!.action).toBe("created");
    expect(created!.changes["customFields.employees"]).toEqual({ from: null, to: 120 });
    const stored = await db.select().from(customFieldValues).where(eq(customFieldValues.recordId, res.body.id));
    expect(stored.find((v) => v.fieldId === fields.employees)!.valueNumber).toBe("120");
  });

  it("updates and clears values, recording old → new in one timeline entry, keyed by name or id", async () => {
    const { body: a } = await createAccount(admin, { name: "Changing", customFields: { employees: 10, partner: false } });
    const res = await patchAccount(admin, a.id, { city: "Oran", customFields: { employees: 12, [fields.partner!]: null, site: "https://example.test" } });
    expect(res.status).toBe(200);
    expect(res.body.customFields).toMatchObject({ employees: 12, partner: null, site: "https://example.test" });
    const updates = await db.select().from(activities).where(and(eq(activities.recordId, a.id), eq(activities.action, "updated")));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changes).toMatchObject({
      city: { from: null, to: "Oran" },
      "customFields.employees": { from: 10, to: 12 },
      "customFields.partner": { from: false, to: null },
      "customFields.site": { from: null, to: "https://example.test" },
    });
    // The same values again change nothing.
    await patchAccount(admin, a.id, { customFields: { employees: 12 } });
    expect(await db.select().from(activities).where(and(eq(activities.recordId, a.id), eq(activities.action, "updated")))).toHaveLength(1);
  });

  it.each([
    [{ employees: "many" }, "customFields.employees"],
    [{ employees: -1 }, "customFields.employees"],
    [{ founded: "2001-02-30" }, "customFields.founded"],
    [{ partner: "maybe" }, "customFields.partner"],
    [{ regions: ["mars"] }, "customFields.regions"],
    [{ tier: "bronze" }, "customFields.tier"],
    [{ site: "ftp://x" }, "customFields.site"],
    [{ renewal: "tomorrow" }, "customFields.renewal"],
    [{ unknown_field: 1 }, "customFields.unknown_field"],
  ])("rejects a bad value %# with 400 naming %s, and writes nothing at all", async (customFields, field) => {
    const { body: a } = await createAccount(admin, { name: "Guarded", customFields: { employees: 5 } });
    const res = await patchAccount(admin, a.id, { name: "Renamed", customFields: { employees: 6, ...customFields } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    const again = await call(accountRoutes.GET, { path: `/api/account?search=Renamed`, headers: admin.auth });
    expect(again.body.accounts.some((x: { id: string }) => x.id === a.id)).toBe(false);
    const stored = await db.select().from(customFieldValues).where(eq(customFieldValues.recordId, a.id));
    expect(stored.map((v) => v.valueNumber)).toEqual(["5"]);
  });

  it("refuses a customFields that is not an object, and another workspace's field names", async () => {
    const res = await createAccount(admin, { name: "Bad", customFields: ["x"] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(["customFields"]);
    const theirs = await createAccount(other, { name: "Their", customFields: { employees: 3 } });
    expect(theirs.status).toBe(400);
    expect(theirs.body.errors).toHaveProperty(["customFields.employees"]);
  });

  it("enforces required fields when the body carries customFields, and never lets them be cleared", async () => {
    const { body: req } = await create(admin, { entity: "account", fieldName: "vat", fieldType: "text", isRequired: true });
    const missing = await createAccount(admin, { name: "No VAT", customFields: { employees: 1 } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ "customFields.vat": "is required" });
    const legacy = await createAccount(admin, { name: "Legacy client" });
    expect(legacy.status).toBe(200);
    const ok = await createAccount(admin, { name: "VAT SA", customFields: { vat: "FR123" } });
    expect(ok.status).toBe(200);
    const cleared = await patchAccount(admin, ok.body.id, { customFields: { vat: "" } });
    expect(cleared.status).toBe(400);
    await remove(admin, req.id);
  });
});

describe("custom field values on deals", () => {
  beforeAll(async () => {
    await create(admin, { entity: "deal", fieldName: "channel", fieldType: "select", options: { choices: ["web", "phone"] } });
  });

  it("accepts custom_fields (or customFields) on create and update, in documents 002 and 001", async () => {
    const res = await createDeal(admin, dealBody({ custom_fields: { channel: "web", budget_k: 40 } }));
    expect(res.status).toBe(201);
    expect(XalantisDeal.strict().safeParse(res.body.data).error).toBeUndefined();
    expect(res.body.data.custom_fields).toEqual({ budget_k: 40, channel: "web" });
    const id = res.body.data.uuid;
    const upd = await patchDeal(admin, id, { customFields: { channel: "phone" } });
    expect(upd.status).toBe(200);
    expect(upd.body.data.custom_fields).toEqual({ budget_k: 40, channel: "phone" });
    const form = await publicUpdate(admin, id, { custom_fields: JSON.stringify({ budget_k: "55" }) }, { form: true });
    expect(form.status).toBe(200);
    expect(form.body.custom_fields).toEqual({ budget_k: 55, channel: "phone" });
    const timeline = await db.select().from(activities).where(and(eq(activities.recordId, id), eq(activities.action, "updated")));
    expect(timeline.map((t) => t.changes)).toEqual([{ "customFields.channel": { from: "web", to: "phone" } }, { "customFields.budget_k": { from: 40, to: 55 } }]);
  });

  it("names custom_fields in errors and creates no deal on a bad value", async () => {
    const res = await createDeal(admin, dealBody({ custom_fields: { budget_k: 5000 } }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ "custom_fields.budget_k": "must be at most 1000" });
  });
});

describe("changing a field's type", () => {
  it("is refused while records hold values, allowed otherwise", async () => {
    const { body: f } = await create(admin, { entity: "task", fieldName: "effort", fieldType: "number" });
    const ok = await patch(admin, f.id, { fieldType: "text" });
    expect(ok.status).toBe(200);
    expect(ok.body.fieldType).toBe("text");
    const used = (await db.select().from(customFields).where(and(eq(customFields.tenantId, admin.ctx.tenantId), eq(customFields.fieldName, "employees"))))[0]!;
    const res = await patch(admin, used.id, { fieldType: "text" });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(["fieldType"]);
  });
});
