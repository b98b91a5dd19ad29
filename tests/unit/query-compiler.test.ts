import { eq, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it } from "vitest";
import { db, observeQueries } from "@/db/client";
import { accountContacts, accounts, contacts, deals } from "@/db/schema";
import { compileWhere, countAndPage, matches, validateQuery } from "@/lib/query";
import { addUser, newWorkspace, type TestUser } from "../helpers";
import { insertCustomField, insertDeal, pipelineOf, setCustomValue } from "../query-fixtures";

let admin: TestUser;
let rep: TestUser;
let other: TestUser;
const NOW = new Date("2025-01-20T12:00:00Z");
const ids: Record<string, string> = {};

const names = (rows: { id: string }[]) => rows.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0] ?? "?").sort();
const q = (rules: unknown[], combinator = "and", not = false) => ({ combinator, not, rules });
const rule = (field: string, operator: string, value?: unknown) => ({ field, operator, value });

async function run(query: unknown, user = admin) {
  const { rows, total } = await countAndPage({ ctx: user.ctx, entity: "deal", query, limit: 100, now: NOW });
  expect(total).toBe(rows.length);
  return names(rows);
}

beforeAll(async () => {
  admin = await newWorkspace("Compiler");
  rep = await addUser(admin, "USER", "Rita Rep");
  other = await newWorkspace("Elsewhere");
  const { stages } = await pipelineOf(admin);
  const [acme] = await db.insert(accounts).values({ tenantId: admin.ctx.tenantId, name: "ACME Corp", industry: "Retail" }).returning();
  const [ann] = await db.insert(contacts).values({ tenantId: admin.ctx.tenantId, firstName: "Ann", lastName: "Lee", primaryEmail: "ann@acme.com" }).returning();
  const [bob] = await db.insert(contacts).values({ tenantId: admin.ctx.tenantId, firstName: "Bob", primaryEmail: "bob@example.org" }).returning();
  await db.insert(accountContacts).values({ tenantId: admin.ctx.tenantId, accountId: acme!.id, contactId: ann!.id });
  ids.ann = ann!.id;
  ids.bob = bob!.id;
  const d1 = await insertDeal(admin, { name: "Alpha Deal", amount: "100", status: "open", expectedCloseDate: "2025-01-10", isQualified: true, createdAt: new Date("2025-01-01T10:00:00Z"), accountId: acme!.id, primaryContactId: ann!.id, ownerId: rep.ctx.userId, stageId: stages[1]!.id });
  const d2 = await insertDeal(admin, { name: "beta_deal%", amount: "5000", status: "won", expectedCloseDate: "2025-02-20", category: "Retail", createdAt: new Date("2025-01-05T08:30:00Z"), primaryContactId: bob!.id, ownerId: admin.ctx.userId });
  const d3 = await insertDeal(admin, { name: "Gamma", status: "lost", category: "", createdAt: new Date("2024-12-31T23:59:59Z") });
  const gone = await insertDeal(admin, { name: "Alpha Deleted", amount: "100", isDeleted: true });
  const foreign = await insertDeal(other, { name: "Alpha Deal", amount: "100" });
  Object.assign(ids, { d1: d1.id, d2: d2.id, d3: d3.id, gone: gone.id, foreign: foreign.id });

  const region = await insertCustomField(admin, "deal", "region", "text");
  const score = await insertCustomField(admin, "deal", "score", "number");
  const renewal = await insertCustomField(admin, "deal", "renewal", "date");
  const vip = await insertCustomField(admin, "deal", "vip", "boolean");
  const tier = await insertCustomField(admin, "deal", "tier", "select", ["gold", "silver"]);
  const tags = await insertCustomField(admin, "deal", "tags", "multiselect", ["a", "b", "c"]);
  await setCustomValue(admin, region, d1.id, { valueText: "EMEA" });
  await setCustomValue(admin, region, d2.id, { valueText: "apac" });
  await setCustomValue(admin, score, d1.id, { valueNumber: "5" });
  await setCustomValue(admin, score, d2.id, { valueNumber: "10" });
  await setCustomValue(admin, renewal, d1.id, { valueDate: new Date("2025-03-01T00:00:00Z") });
  await setCustomValue(admin, vip, d1.id, { valueBool: true });
  await setCustomValue(admin, vip, d2.id, { valueBool: false });
  await setCustomValue(admin, tier, d1.id, { valueText: "gold" });
  await setCustomValue(admin, tags, d1.id, { valueJson: ["a", "b"] });
  await setCustomValue(admin, tags, d2.id, { valueJson: ["b"] });
});

describe("operators × types on deals", () => {
  it.each([
    // string (case-insensitive, % and _ literal; negatives include records without a value)
    ["name", "=", "alpha deal", ["d1"]],
    ["name", "!=", "Alpha deal", ["d2", "d3"]],
    ["name", "contains", "DEAL", ["d1", "d2"]],
    ["name", "contains", "_deal%", ["d2"]],
    ["name", "contains", "%", ["d2"]],
    ["name", "doesNotContain", "deal", ["d3"]],
    ["name", "beginsWith", "al", ["d1"]],
    ["name", "doesNotBeginWith", "al", ["d2", "d3"]],
    ["name", "endsWith", "MA", ["d3"]],
    ["name", "doesNotEndWith", "ma", ["d1", "d2"]],
    ["name", "in", ["gamma", "ALPHA DEAL"], ["d1", "d3"]],
    ["name", "in", "gamma, alpha deal", ["d1", "d3"]],
    ["name", "notIn", ["gamma", "alpha deal"], ["d2"]],
    ["category", "null", null, ["d1", "d3"]],
    ["category", "notNull", null, ["d2"]],
    ["category", "!=", "retail", ["d1", "d3"]],
    // number
    ["amount", "=", 100, ["d1"]],
    ["amount", "=", "100.0", ["d1"]],
    ["amount", "!=", 100, ["d2", "d3"]],
    ["amount", ">", 100, ["d2"]],
    ["amount", ">=", "100", ["d1", "d2"]],
    ["amount", "<", 5000, ["d1"]],
    ["amount", "<=", 5000, ["d1", "d2"]],
    ["amount", "between", [50, 200], ["d1"]],
    ["amount", "between", "6000,50", ["d1", "d2"]],
    ["amount", "notBetween", [50, 200], ["d2", "d3"]],
    ["amount", "in", "100, 5000", ["d1", "d2"]],
    ["amount", "notIn", [100], ["d2", "d3"]],
    ["amount", "null", null, ["d3"]],
    ["amount", "notNull", null, ["d1", "d2"]],
    // enum
    ["status", "=", "WON", ["d2"]],
    ["status", "!=", "open", ["d2", "d3"]],
    ["status", "in", ["open", "lost"], ["d1", "d3"]],
    ["status", "notIn", ["open"], ["d2", "d3"]],
    ["status", "null", null, []],
    ["status", "notNull", null, ["d1", "d2", "d3"]],
    // date column (whole days)
    ["expectedCloseDate", "=", "2025-01-10", ["d1"]],
    ["expectedCloseDate", "!=", "2025-01-10", ["d2", "d3"]],
    ["expectedCloseDate", ">", "2025-01-10", ["d2"]],
    ["expectedCloseDate", ">=", "2025-01-10", ["d1", "d2"]],
    ["expectedCloseDate", "<", "2025-02-20", ["d1"]],
    ["expectedCloseDate", "<=", "2025-02-20", ["d1", "d2"]],
    ["expectedCloseDate", "between", ["2025-01-01", "2025-01-31"], ["d1"]],
    ["expectedCloseDate", "notBetween", ["2025-01-01", "2025-01-31"], ["d2", "d3"]],
    ["expectedCloseDate", "null", null, ["d3"]],
    ["expectedCloseDate", "=", "2025-01-10T15:00:00Z", ["d1"]],
    // relative dates (now = 2025-01-20 12:00 UTC)
    ["expectedCloseDate", "=", "last 30 days", ["d1"]],
    ["expectedCloseDate", "=", "next 60 days", ["d2"]],
    ["expectedCloseDate", "<", "today", ["d1"]],
    ["expectedCloseDate", "=", "10 days ago", ["d1"]],
    ["expectedCloseDate", "=", "next month", ["d2"]],
    // datetime column
    ["dateCreated", "=", "2025-01-01", ["d1"]],
    ["dateCreated", ">", "2025-01-01T10:00:00Z", ["d2"]],
    ["dateCreated", ">=", "2025-01-01T10:00:00Z", ["d1", "d2"]],
    ["dateCreated", "<", "2025-01-01", ["d3"]],
    ["dateCreated", "<=", "2025-01-01", ["d1", "d3"]],
    ["dateCreated", "between", ["2025-01-01", "2025-01-05"], ["d1", "d2"]],
    ["dateCreated", "notBetween", ["2025-01-01T00:00:00Z", "2025-01-05T08:00:00Z"], ["d2", "d3"]],
    ["dateCreated", "=", "this month", ["d1", "d2"]],
    ["dateCreated", "=", "last year", ["d3"]],
    ["closedAt", "null", null, ["d1", "d2", "d3"]],
    // boolean
    ["isQualified", "=", true, ["d1"]],
    ["isQualified", "=", "false", ["d2", "d3"]],
    ["isQualified", "!=", true, ["d2", "d3"]],
    // custom fields
    ["custom.region", "=", "emea", ["d1"]],
    ["custom.region", "!=", "EMEA", ["d2", "d3"]],
    ["custom.region", "contains", "a", ["d1", "d2"]],
    ["custom.region", "null", null, ["d3"]],
    ["custom.region", "notNull", null, ["d1", "d2"]],
    ["custom.score", ">", 6, ["d2"]],
    ["custom.score", "notBetween", [4, 6], ["d2", "d3"]],
    ["custom.renewal", "=", "2025-03-01", ["d1"]],
    ["custom.renewal", "<", "2025-03-02", ["d1"]],
    ["custom.renewal", "null", null, ["d2", "d3"]],
    ["custom.vip", "=", true, ["d1"]],
    ["custom.vip", "!=", true, ["d2", "d3"]],
    ["custom.tier", "=", "GOLD", ["d1"]],
    ["custom.tier", "notIn", ["gold"], ["d2", "d3"]],
    ["custom.tags", "=", "a", ["d1"]],
    ["custom.tags", "in", ["b", "c"], ["d1", "d2"]],
    ["custom.tags", "notIn", ["a"], ["d2", "d3"]],
    ["custom.tags", "null", null, ["d3"]],
    // relations
    ["account.name", "contains", "acme", ["d1"]],
    ["account.name", "null", null, ["d2", "d3"]],
    ["account.industry", "!=", "retail", ["d2", "d3"]],
    ["primaryContact.primaryEmail", "endsWith", ".com", ["d1"]],
    ["primaryContact.primaryEmail", "doesNotEndWith", ".com", ["d2", "d3"]],
    ["owner", "=", "me", ["d2"]],
    ["owner", "null", null, ["d3"]],
  ])("%s %s %j", async (field, operator, value, expected) => {
    expect(await run(q([rule(field, operator, value)]))).toEqual(expected);
  });

  it("resolves stage ids and 'me' for the caller", async () => {
    const { stages } = await pipelineOf(admin);
    expect(await run(q([rule("stage", "=", stages[1]!.id)]))).toEqual(["d1"]);
    expect(await run(q([rule("stage", "notIn", [stages[1]!.id])]))).toEqual(["d2", "d3"]);
    expect(await run(q([rule("owner", "=", "me")]), rep)).toEqual(["d1"]);
  });
});

describe("groups", () => {
  it("combines with and/or and nests", async () => {
    expect(await run(q([rule("status", "=", "open"), rule("amount", ">", 1000)], "or"))).toEqual(["d1", "d2"]);
    expect(await run(q([rule("status", "=", "open"), rule("amount", ">", 1000)], "and"))).toEqual([]);
    const nested = q([rule("name", "contains", "a"), q([rule("custom.region", "=", "apac"), q([rule("amount", "<", 200), rule("custom.vip", "=", true)])], "or")]);
    expect(await run(nested)).toEqual(["d1", "d2"]);
  });

  it("negates a group with not, counting a missing value as false (two-valued logic)", async () => {
    expect(await run(q([q([rule("status", "=", "open"), rule("amount", ">", 1000)], "or", true)]))).toEqual(["d3"]);
    // d3 has no amount: "amount > 50" is unknown in SQL, but NOT of it must include d3.
    expect(await run(q([rule("amount", ">", 50)], "and", true))).toEqual(["d3"]);
    expect(await run(q([q([q([rule("amount", ">", 50)], "and", true)], "and", true)]))).toEqual(["d1", "d2"]);
  });

  it("matches every live record of the workspace for an empty query, and drops empty groups", async () => {
    expect(await run(q([]))).toEqual(["d1", "d2", "d3"]);
    expect(await run(q([q([], "or", true), rule("amount", "=", 100)]))).toEqual(["d1"]);
  });

  it("accepts document 003's wrapper and a JSON string", async () => {
    const body = { query: { id: "root", combinator: "or", rules: [{ id: "r1", field: "name", operator: "endsWith", valueSource: "value", value: "deal" }] } };
    expect(await run(body)).toEqual(["d1"]);
    expect(await run(JSON.stringify(body.query))).toEqual(["d1"]);
  });
});

describe("other entities and relations", () => {
  it("filters contacts by account and open deals", async () => {
    const page = await countAndPage({ ctx: admin.ctx, entity: "contact", query: q([rule("account.name", "beginsWith", "acme"), rule("hasOpenDeals", "=", true)]) });
    expect(names(page.rows)).toEqual(["ann"]);
    const none = await countAndPage({ ctx: admin.ctx, entity: "contact", query: q([rule("hasOpenDeals", "=", false)]) });
    expect(names(none.rows)).toEqual(["bob"]);
    const full = await countAndPage({ ctx: admin.ctx, entity: "contact", query: q([rule("fullName", "=", "ann lee")]) });
    expect(names(full.rows)).toEqual(["ann"]);
  });

  it("sorts by a plain field and pages", async () => {
    const page = await countAndPage({ ctx: admin.ctx, entity: "deal", query: q([]), sort: { field: "amount", direction: "desc" }, limit: 2 });
    expect(page.total).toBe(3);
    expect(names(page.rows)).toEqual(["d1", "d2"]);
    await expect(countAndPage({ ctx: admin.ctx, entity: "deal", query: q([]), sort: { field: "account.name" } })).rejects.toMatchObject({ code: "validation", fields: { sort: expect.any(String) } });
  });
});

describe("matches", () => {
  it("answers for one record with the same compiler", async () => {
    const query = q([rule("name", "beginsWith", "alpha")]);
    expect(await matches({ ctx: admin.ctx, entity: "deal", query, recordId: ids.d1! })).toBe(true);
    expect(await matches({ ctx: admin.ctx, entity: "deal", query, recordId: ids.d2! })).toBe(false);
    expect(await matches({ ctx: admin.ctx, entity: "deal", query, recordId: ids.gone! })).toBe(false);
    expect(await matches({ ctx: admin.ctx, entity: "deal", query, recordId: ids.foreign! })).toBe(false);
    expect(await matches({ ctx: admin.ctx, entity: "deal", query, recordId: "not-a-uuid" })).toBe(false);
  });
});

describe("hostile and invalid input", () => {
  const bad = async (query: unknown) => {
    try {
      await validateQuery({ ctx: admin.ctx, entity: "deal", query, now: NOW });
    } catch (e) {
      return e as { code: string; message: string; fields: Record<string, string> };
    }
    throw new Error("expected a validation error");
  };

  it.each([
    [null, "query", "is required"],
    ["{not json", "query", "JSON"],
    [[], "query", "rule group"],
    [{ rules: "x" }, "query.rules", "array"],
    [{ combinator: "xor", rules: [] }, "query.combinator", '"and" or "or"'],
    [{ not: "yes", rules: [] }, "query.not", "true or false"],
    [q([rule("name; drop table deals", "=", "x")]), "query.rules[0].field", "unknown field"],
    [q([{ operator: "=", value: 1 }]), "query.rules[0].field", "is required"],
    [q([rule("amount", "contains", "1")]), "query.rules[0].operator", "not allowed"],
    [q([rule("amount", "like", "1")]), "query.rules[0].operator", "unknown operator"],
    [q([rule("amount", "=", "abc")]), "query.rules[0].value", "must be a number"],
    [q([rule("amount", "=", "1; drop table deals")]), "query.rules[0].value", "must be a number"],
    [q([rule("amount", "=", { $gt: 1 })]), "query.rules[0].value", "must be a number"],
    [q([rule("amount", "=", [1, 2])]), "query.rules[0].value", "single value"],
    [q([rule("amount", "between", [1])]), "query.rules[0].value", "two values"],
    [q([rule("amount", "between", "1,2,3")]), "query.rules[0].value", "two values"],
    [q([rule("amount", "between", [1, "x"])]), "query.rules[0].value[1]", "number"],
    [q([rule("name", "in", [])]), "query.rules[0].value", "at least one"],
    [q([rule("name", "=", "")]), "query.rules[0].value", "is required"],
    [q([rule("name", "=", "x".repeat(501))]), "query.rules[0].value", "at most 500"],
    [q([rule("status", "=", "pending")]), "query.rules[0].value", "must be one of open, won, lost"],
    [q([rule("isQualified", "=", "maybe")]), "query.rules[0].value", "true or false"],
    [q([rule("expectedCloseDate", "=", "2025-02-30")]), "query.rules[0].value", "must be a date"],
    [q([rule("expectedCloseDate", "=", "last 99999 days")]), "query.rules[0].value", "must be a date"],
    [q([rule("stage", "=", "1 or 1=1")]), "query.rules[0].value", "UUID"],
    [q([rule("owner", "=", "someone")]), "query.rules[0].value", '"me"'],
    [q([rule("custom.tier", "=", "bronze")]), "query.rules[0].value", "gold, silver"],
    [q([rule("custom.nope", "=", "x")]), "query.rules[0].field", "unknown field"],
    [q([{ field: "name", operator: "=", value: "amount", valueSource: "field" }]), "query.rules[0].valueSource", '"value"'],
    [q([rule("name", "=", "a"), "and", rule("name", "=", "b")]), "query.rules[1]", "independent combinators"],
    [q([q([rule("name", "=", "x"), 5])]), "query.rules[0].rules[1]", "rule or a group"],
  ])("rejects %# naming %s", async (query, path, message) => {
    const e = await bad(query);
    expect(e.code).toBe("validation");
    expect(Object.keys(e.fields)).toEqual([path]);
    expect(e.fields[path]).toContain(message);
  });

  it("rejects trees that are too deep or too large", async () => {
    let deep: unknown = q([rule("name", "=", "x")]);
    for (let i = 0; i < 10; i++) deep = q([deep]);
    expect((await bad(deep)).message).toMatch(/nested at most 6 deep/);
    const wide = q(Array.from({ length: 1000 }, () => rule("name", "=", "x")));
    expect((await bad(wide)).message).toMatch(/at most 200 rules/);
    const many = q([rule("name", "in", Array.from({ length: 501 }, (_, i) => `v${i}`))]);
    expect((await bad(many)).fields).toHaveProperty(["query.rules[0].value"]);
  });

  it("keeps values out of the SQL text and leaves the tables intact", async () => {
    const evil = "'); delete from deals; --";
    const where = await compileWhere({ ctx: admin.ctx, entity: "deal", query: q([rule("name", "=", evil), rule("custom.region", "contains", evil)], "or") });
    const { sql: text, params } = new PgDialect({ casing: "snake_case" }).sqlToQuery(where);
    expect(text).not.toContain("delete from");
    expect(params).toContain(evil);
    expect(await run(q([rule("name", "=", evil)]))).toEqual([]);
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(deals).where(eq(deals.tenantId, admin.ctx.tenantId));
    expect(count!.n).toBe(4);
  });

  it("never sees another workspace's records or custom fields", async () => {
    expect(await run(q([rule("name", "=", "alpha deal")]), admin)).toEqual(["d1"]);
    const page = await countAndPage({ ctx: other.ctx, entity: "deal", query: q([]) });
    expect(names(page.rows)).toEqual(["foreign"]);
    await expect(validateQuery({ ctx: other.ctx, entity: "deal", query: q([rule("custom.region", "=", "x")]) })).rejects.toMatchObject({ code: "validation" });
  });
});

describe("work per query", () => {
  /** The SQL statements a call sends. */
  async function statements(fn: () => Promise<unknown>): Promise<string[]> {
    const seen: string[] = [];
    const stop = observeQueries((text) => seen.push(text));
    try {
      await fn();
    } finally {
      stop();
    }
    return seen;
  }
  const readsCustomFields = (texts: string[]) => texts.some((t) => /from "custom_fields"/.test(t));

  it("reads the custom field definitions only when the query may name a custom field", async () => {
    const builtIn = await statements(() => countAndPage({ ctx: admin.ctx, entity: "deal", query: q([rule("name", "contains", "alpha")]) }));
    expect(readsCustomFields(builtIn)).toBe(false);
    expect(builtIn).toHaveLength(2); // the page and the count
    const custom = await statements(() => countAndPage({ ctx: admin.ctx, entity: "deal", query: q([rule("custom.region", "=", "emea")]) }));
    expect(readsCustomFields(custom)).toBe(true);
    // As a JSON string too, and the answers are the same as before.
    expect(readsCustomFields(await statements(() => validateQuery({ ctx: admin.ctx, entity: "deal", query: JSON.stringify(q([rule("custom.region", "=", "emea")])) })))).toBe(true);
    expect(await run(q([rule("custom.region", "=", "emea")]))).toEqual(["d1"]);
    expect(await run(JSON.stringify(q([rule("name", "contains", "alpha")])))).toEqual(["d1"]);
  });

  it("still names an unknown field, custom or not, without the lookup changing the answer", async () => {
    await expect(validateQuery({ ctx: admin.ctx, entity: "deal", query: q([rule("custom.nope", "=", "x")]) })).rejects.toMatchObject({ code: "validation", fields: { "query.rules[0].field": expect.any(String) } });
    await expect(validateQuery({ ctx: admin.ctx, entity: "deal", query: q([rule("nope", "=", "x")]) })).rejects.toMatchObject({ code: "validation", fields: { "query.rules[0].field": expect.any(String) } });
  });
});
