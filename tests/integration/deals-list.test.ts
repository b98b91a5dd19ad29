import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/deals/route";
import * as item from "@/app/api/deals/[id]/route";
import { db } from "@/db/client";
import { accounts, deals } from "@/db/schema";
import { bulkAssignDeals, bulkDeleteDeals, bulkMoveDeals } from "@/lib/deals/bulk";
import { RestDealPage } from "@/lib/http/serializers/deals-rest";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { counts, dealActivities, dealRow, getDeal, MISSING_ID, newDeal, newPipeline, salesStages } from "./deals-fixtures";

let other: TestUser;
beforeAll(async () => {
  other = await newWorkspace("Stranger");
});

const list = (user: TestUser | null, query: Record<string, string> = {}) => call(collection.GET, { path: `/api/deals?${new URLSearchParams(query)}`, headers: user?.auth });
const remove = (user: TestUser | null, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/deals/${id}`, params: { id }, headers: user?.auth });
const names = (res: { body: { data: { name: string }[] } }) => res.body.data.map((d) => d.name);

async function workspace() {
  const admin = await newWorkspace("Lister");
  const rep = await addUser(admin, "USER", "Lia Rep");
  const st = await salesStages(admin);
  const [account] = await db.insert(accounts).values({ tenantId: admin.ctx.tenantId, name: "Initech" }).returning();
  const a = await newDeal(admin, { name: "Apple", amount: 300, contact_email: "zoe@initech.test", contact_first_name: "Zoe" });
  const b = await newDeal(rep, { name: "Banana", amount: 100, stage_id: st.proposal!.id });
  const c = await newDeal(admin, { name: "Cherry", amount: null });
  await db.update(deals).set({ accountId: account!.id, expectedCloseDate: "2030-01-01" }).where(eq(deals.id, a));
  return { admin, rep, st, account: account!, a, b, c };
}

describe("GET /api/deals", () => {
  it("answers {data, meta} with camelCase deals, newest first by default, with the total", async () => {
    const w = await workspace();
    const res = await list(w.admin);
    expect(res.status).toBe(200);
    expect(RestDealPage.strict().safeParse(res.body).error).toBeUndefined();
    expect(names(res)).toEqual(["Cherry", "Banana", "Apple"]);
    expect(res.body.meta).toEqual({ total: 3, limit: 50, offset: 0 });
    const apple = res.body.data[2];
    expect(apple).toMatchObject({ amount: 300, currency: "EUR", status: "open", account: { id: w.account.id, name: "Initech" }, primaryContact: { name: "Zoe Martin", primaryEmail: "zoe@initech.test" }, owner: { id: w.admin.ctx.userId } });
  });

  it("sorts by a column either way with empty values last, and pages with a stable total", async () => {
    const w = await workspace();
    expect(names(await list(w.admin, { sort: "amount" }))).toEqual(["Banana", "Apple", "Cherry"]);
    expect(names(await list(w.admin, { sort: "-amount" }))).toEqual(["Apple", "Banana", "Cherry"]);
    expect(names(await list(w.admin, { sort: "name", limit: "2", offset: "1" }))).toEqual(["Banana", "Cherry"]);
    expect((await list(w.admin, { limit: "1" })).body.meta.total).toBe(3);
    expect(names(await list(w.admin, { sort: "-expectedCloseDate" }))[0]).toBe("Apple");
  });

  it("searches names, accounts and contacts, and filters by stage, status, owner, account and contact", async () => {
    const w = await workspace();
    expect(names(await list(w.admin, { search: "initech" }))).toEqual(["Apple"]);
    expect(names(await list(w.admin, { search: "ZOE" }))).toEqual(["Apple"]);
    expect(names(await list(w.admin, { stageId: w.st.proposal!.id }))).toEqual(["Banana"]);
    expect(names(await list(w.rep, { ownerId: "me" }))).toEqual(["Banana"]);
    expect(names(await list(w.admin, { ownerId: w.rep.ctx.userId }))).toEqual(["Banana"]);
    expect(names(await list(w.admin, { accountId: w.account.id }))).toEqual(["Apple"]);
    expect(names(await list(w.admin, { status: "won" }))).toEqual([]);
    const zoe = (await dealRow(w.a)).primaryContactId!;
    expect(names(await list(w.admin, { contactId: zoe }))).toEqual(["Apple"]);
  });

  it("rejects bad queries with the parameter named", async () => {
    const w = await workspace();
    const cases: [Record<string, string>, string][] = [
      [{ sort: "color" }, "sort"],
      [{ limit: "0" }, "limit"],
      [{ limit: "x" }, "limit"],
      [{ offset: "-1" }, "offset"],
      [{ status: "maybe" }, "status"],
      [{ ownerId: "bob" }, "ownerId"],
      [{ stageId: "1" }, "stageId"],
      [{ search: "s".repeat(201) }, "search"],
      [{ query: "not json" }, "query"],
    ];
    for (const [query, field] of cases) {
      const res = await list(w.admin, query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(Object.keys(res.body.errors)).toContain(field);
    }
    expect((await list(null)).status).toBe(401);
    expect((await list(w.admin, { filter: MISSING_ID })).status).toBe(404);
  });

  it("filters by an inline query", async () => {
    const w = await workspace();
    const query = JSON.stringify({ combinator: "and", rules: [{ field: "name", operator: "beginsWith", value: "Ban" }] });
    expect(names(await list(w.admin, { query }))).toEqual(["Banana"]);
  });

  it("never lists another workspace's deals", async () => {
    const w = await workspace();
    await newDeal(other, { name: "Foreign" });
    expect(names(await list(w.admin, { search: "Foreign" }))).toEqual([]);
  });
});

describe("DELETE /api/deals/{id}", () => {
  it("soft-deletes: 204, then 404, gone from the list, recorded on the timeline", async () => {
    const w = await workspace();
    const res = await remove(w.admin, w.c);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await getDeal(w.admin, w.c)).status).toBe(404);
    expect(names(await list(w.admin))).not.toContain("Cherry");
    expect((await dealRow(w.c)).isDeleted).toBe(true);
    expect((await dealActivities(w.c)).at(-1)!.action).toBe("deleted");
    expect((await remove(w.admin, w.c)).status).toBe(404);
  });

  it("lets a rep delete their own deal only (403 otherwise), and answers 404 for other workspaces and bad ids", async () => {
    const w = await workspace();
    expect((await remove(w.rep, w.a)).status).toBe(403);
    expect((await dealRow(w.a)).isDeleted).toBe(false);
    expect((await remove(w.rep, w.b)).status).toBe(204);
    expect((await remove(other, w.a)).status).toBe(404);
    expect((await remove(w.admin, MISSING_ID)).status).toBe(404);
    expect((await remove(w.admin, "nope")).status).toBe(404);
    expect((await remove(null, w.a)).status).toBe(401);
  });
});

describe("bulk actions of the deal list", () => {
  it("assigns an owner to every selected deal, recording each change", async () => {
    const w = await workspace();
    const res = await bulkAssignDeals({ ctx: w.admin.ctx, input: { ids: [w.a, w.c, w.a], ownerId: w.rep.ctx.userId } });
    expect(res.count).toBe(2);
    expect((await dealRow(w.a)).ownerId).toBe(w.rep.ctx.userId);
    expect((await dealActivities(w.c)).at(-1)).toMatchObject({ action: "updated", changes: { ownerId: { from: w.admin.ctx.userId, to: w.rep.ctx.userId } } });
  });

  it("moves every selected deal through the one stage move (status, timeline)", async () => {
    const w = await workspace();
    await bulkMoveDeals({ ctx: w.admin.ctx, input: { ids: [w.a, w.b], stageId: w.st.closed_lost!.id, lossReason: "Budget" } });
    for (const id of [w.a, w.b]) {
      expect(await dealRow(id)).toMatchObject({ stageId: w.st.closed_lost!.id, status: "lost", lossReason: "Budget" });
      expect((await dealActivities(id)).at(-1)!.action).toBe("stage_changed");
    }
  });

  it("is all or nothing: one bad id, an unknown owner or stage, or a forbidden delete writes nothing", async () => {
    const w = await workspace();
    const { intro } = await newPipeline(other, "Theirs");
    const before = await counts(w.admin.ctx.tenantId);
    await expect(bulkAssignDeals({ ctx: w.admin.ctx, input: { ids: [w.a, MISSING_ID], ownerId: w.rep.ctx.userId } })).rejects.toMatchObject({ code: "not_found" });
    await expect(bulkAssignDeals({ ctx: w.admin.ctx, input: { ids: [w.a], ownerId: other.ctx.userId } })).rejects.toMatchObject({ code: "validation", fields: { ownerId: "no such user" } });
    await expect(bulkMoveDeals({ ctx: w.admin.ctx, input: { ids: [w.a, w.b], stageId: intro.id } })).rejects.toMatchObject({ code: "validation", fields: { stageId: "no such stage" } });
    await expect(bulkMoveDeals({ ctx: w.admin.ctx, input: { ids: [], stageId: w.st.qualified!.id } })).rejects.toMatchObject({ code: "validation", fields: { ids: expect.any(String) } });
    await expect(bulkDeleteDeals({ ctx: w.rep.ctx, input: { ids: [w.b, w.a] } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(bulkDeleteDeals({ ctx: other.ctx, input: { ids: [w.a] } })).rejects.toMatchObject({ code: "not_found" });
    await expect(bulkDeleteDeals({ ctx: w.admin.ctx, input: { ids: ["x"] } })).rejects.toMatchObject({ code: "validation" });
    expect(await counts(w.admin.ctx.tenantId)).toEqual(before);
    expect(await dealRow(w.b)).toMatchObject({ isDeleted: false, stageId: w.st.proposal!.id, ownerId: w.rep.ctx.userId });
  });

  it("deletes the selected deals", async () => {
    const w = await workspace();
    expect((await bulkDeleteDeals({ ctx: w.admin.ctx, input: { ids: [w.a, w.b] } })).count).toBe(2);
    expect(names(await list(w.admin))).toEqual(["Cherry"]);
  });
});
