import { beforeAll, describe, expect, it } from "vitest";
import * as all from "@/app/api/filters/route";
import * as one from "@/app/api/filters/[entity]/route";
import * as config from "@/app/api/query-builder/config/[entity]/route";
import * as run from "@/app/api/query-builder/filter/[entity]/route";
import { db } from "@/db/client";
import { contacts } from "@/db/schema";
import { call, newWorkspace, type TestUser } from "../helpers";
import { insertCustomField, insertDeal } from "../query-fixtures";

let admin: TestUser;
let other: TestUser;

const filter = (user: TestUser, entity: string, body: unknown, query = "") =>
  call(run.POST, { method: "POST", path: `/api/query-builder/filter/${entity}${query}`, body, params: { entity }, headers: user.auth });

beforeAll(async () => {
  admin = await newWorkspace("QueryApi");
  other = await newWorkspace("QueryRival");
  await insertCustomField(admin, "contact", "segment", "select", ["smb", "enterprise"]);
  await db.insert(contacts).values([
    { tenantId: admin.ctx.tenantId, firstName: "Ann", lastName: "Lee", primaryEmail: "ann@acme.com" },
    { tenantId: admin.ctx.tenantId, firstName: "Bob", lastName: "Ray", primaryEmail: "bob@acme.org" },
    { tenantId: admin.ctx.tenantId, firstName: "Cy", lastName: "Old", primaryEmail: "cy@old.com", isDeleted: true },
    { tenantId: other.ctx.tenantId, firstName: "Zed", primaryEmail: "zed@rival.com" },
  ]);
  await insertDeal(admin, { name: "Big one", amount: "20000" });
});

describe("GET /api/filters", () => {
  it("lists every entity's definitions in document 003's shape", async () => {
    const res = await call(all.GET, { path: "/api/filters", headers: admin.auth });
    expect(res.status).toBe(200);
    expect(res.body.data.map((e: { entity: string }) => e.entity)).toEqual(["contact", "account", "deal", "task"]);
    const contact = res.body.data[0].filters;
    const email = contact.find((f: { field: string }) => f.field === "primaryEmail");
    expect(email).toMatchObject({ field: "primaryEmail", type: "string", label: "Email", options: null });
    expect(email.operators).toContain("endsWith");
    expect(contact.find((f: { field: string }) => f.field === "custom.segment")).toMatchObject({ type: "enum", options: [{ value: "smb", label: "SMB" }, { value: "enterprise", label: "ENTERPRISE" }] });
  });

  it("needs credentials", async () => {
    expect((await call(all.GET, { path: "/api/filters" })).status).toBe(401);
  });
});

describe("GET /api/filters/{entity}", () => {
  it("returns Filter2[] with the workspace's choices; lead is an alias of deal", async () => {
    const res = await call(one.GET, { path: "/api/filters/lead", params: { entity: "lead" }, headers: admin.auth });
    expect(res.status).toBe(200);
    const owner = res.body.find((f: { field: string }) => f.field === "owner");
    expect(owner.type).toBe("enum");
    expect(owner.options).toEqual([{ value: admin.ctx.userId, label: "QueryApi Admin" }]);
    const stage = res.body.find((f: { field: string }) => f.field === "stage");
    expect(stage.options.length).toBeGreaterThan(2);
    for (const f of res.body) {
      expect(typeof f.field).toBe("string");
      expect(typeof f.label).toBe("string");
      expect(Array.isArray(f.operators)).toBe(true);
    }
  });

  it("does not leak another workspace's custom fields or users", async () => {
    const res = await call(one.GET, { path: "/api/filters/contact", params: { entity: "contact" }, headers: other.auth });
    expect(res.body.find((f: { field: string }) => f.field === "custom.segment")).toBeUndefined();
    expect(res.body.find((f: { field: string }) => f.field === "owner").options).toEqual([{ value: other.ctx.userId, label: "QueryRival Admin" }]);
  });

  it("answers 404 {error} for an unknown entity", async () => {
    const res = await call(one.GET, { path: "/api/filters/widgets", params: { entity: "widgets" }, headers: admin.auth });
    expect(res.status).toBe(404);
    expect(typeof res.body.error).toBe("string");
  });
});

describe("GET /api/query-builder/config/{entity}", () => {
  it("returns react-querybuilder fields and every operator", async () => {
    const res = await call(config.GET, { path: "/api/query-builder/config/deal", params: { entity: "deal" }, headers: admin.auth });
    expect(res.status).toBe(200);
    expect(res.body.operators).toHaveLength(18);
    const amount = res.body.fields.find((f: { name: string }) => f.name === "amount");
    expect(amount).toMatchObject({ name: "amount", label: "Amount", datatype: "number", inputType: "number", valueEditorType: "text" });
    expect(amount.operators).toContainEqual({ name: "between", label: "between" });
  });

  it("answers 404 for an unknown entity", async () => {
    expect((await call(config.GET, { path: "/api/query-builder/config/x", params: { entity: "x" }, headers: admin.auth })).status).toBe(404);
  });
});

describe("POST /api/query-builder/filter/{entity}", () => {
  const docExample = { query: { id: "293934ac", combinator: "or", rules: [{ id: "7a12", field: "primaryEmail", operator: "endsWith", valueSource: "value", value: ".com" }] } };

  it("runs document 003's example: live contacts of the workspace only, as Contact objects", async () => {
    const res = await filter(admin, "contact", docExample);
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ firstName: "Ann", primaryEmail: "ann@acme.com", isDeleted: false });
    expect(res.body).toMatchObject({ total: 1, limit: 100, offset: 0 });
  });

  it("pages with limit and offset (body or query string)", async () => {
    const all = { query: { combinator: "and", rules: [] } };
    const first = await filter(admin, "contacts", { ...all, limit: 1 });
    expect(first.body).toMatchObject({ total: 2, limit: 1 });
    expect(first.body.data).toHaveLength(1);
    const second = await filter(admin, "contacts", all, "?limit=1&offset=1");
    expect(second.body.data).toHaveLength(1);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
  });

  it("returns deals as document 003 Leads and accepts every entity", async () => {
    const res = await filter(admin, "lead", { query: { combinator: "and", rules: [{ field: "amount", operator: ">=", value: "10000" }] } });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ subject: "Big one" });
    for (const entity of ["account", "task"]) expect((await filter(admin, entity, { query: { combinator: "and", rules: [] } })).status).toBe(200);
  });

  it.each([
    [{ query: { combinator: "and", rules: [{ field: "password", operator: "=", value: "x" }] } }, "query.rules[0].field"],
    [{ query: { combinator: "and", rules: [{ field: "primaryEmail", operator: ">", value: "x" }] } }, "query.rules[0].operator"],
    [{ query: { combinator: "and", rules: [{ field: "isActive", operator: "=", value: "sometimes" }] } }, "query.rules[0].value"],
    [{ query: { combinator: "nand", rules: [] } }, "query.combinator"],
    [{}, "query"],
    [{ query: { combinator: "and", rules: [] }, limit: 5000 }, "limit"],
    [{ query: { combinator: "and", rules: [] }, limit: "many" }, "limit"],
  ])("rejects a bad query %# with 400 {error} naming %s", async (body, field) => {
    const res = await filter(admin, "contact", body);
    expect(res.status).toBe(400);
    expect(typeof res.body.error).toBe("string");
    expect(res.body.errors).toHaveProperty([field]);
  });

  it("rejects malformed JSON with 400 and an unknown entity with 404", async () => {
    const bad = await call(run.POST, { method: "POST", path: "/api/query-builder/filter/contact", rawBody: "{nope", headers: { ...admin.auth, "content-type": "application/json" }, params: { entity: "contact" } });
    expect(bad.status).toBe(400);
    expect((await filter(admin, "planets", docExample)).status).toBe(404);
  });

  it("never returns another workspace's records", async () => {
    const res = await filter(other, "contact", docExample);
    expect(res.body.data.map((c: { firstName: string }) => c.firstName)).toEqual(["Zed"]);
  });
});
