import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as boardRoute from "@/app/api/board/route";
import * as columnRoute from "@/app/api/board/column/route";
import * as moveRoute from "@/app/api/deals/[id]/move/route";
import { db } from "@/db/client";
import { accounts, deals, savedFilters, tasks } from "@/db/schema";
import { getBoard } from "@/lib/deals/board";
import { moveDeal } from "@/lib/deals/move";
import { BoardColumnPageEnvelope, BoardEnvelope, MovedDealEnvelope } from "@/lib/http/serializers/board";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { counts, dealActivities, dealRow, MISSING_ID, newDeal, newPipeline, patchDeal, salesStages } from "./deals-fixtures";

let admin: TestUser;
let rep: TestUser;
let other: TestUser;
let sales: Awaited<ReturnType<typeof salesStages>>;
beforeAll(async () => {
  admin = await newWorkspace("Boardroom");
  rep = await addUser(admin, "USER", "Rob Rep");
  other = await newWorkspace("Outsider");
  sales = await salesStages(admin);
});

const board = (user: TestUser | null, query: Record<string, string> = {}) => call(boardRoute.GET, { path: `/api/board?${new URLSearchParams(query)}`, headers: user?.auth });
const column = (user: TestUser | null, query: Record<string, string>) => call(columnRoute.GET, { path: `/api/board/column?${new URLSearchParams(query)}`, headers: user?.auth });
const move = (user: TestUser | null, id: string, body: unknown, rawBody?: string) =>
  call(moveRoute.POST, { method: "POST", path: `/api/deals/${id}/move`, params: { id }, body: rawBody === undefined ? body : undefined, rawBody, headers: { ...user?.auth, "content-type": "application/json" } });

/** Every deal row of a workspace as (id → position, stage, modifiedAt), to prove that a move wrote one row. */
async function snapshot(tenantId: string) {
  const rows = await db.select({ id: deals.id, position: deals.position, stageId: deals.stageId, modifiedAt: deals.modifiedAt }).from(deals).where(eq(deals.tenantId, tenantId));
  return new Map(rows.map((r) => [r.id, JSON.stringify(r)]));
}
const changedRows = (a: Map<string, string>, b: Map<string, string>) => [...b.keys()].filter((id) => a.get(id) !== b.get(id));

/** A fresh workspace with deals in known columns, so that counts and orders are exact. */
async function boardWorkspace() {
  const owner = await newWorkspace("Columns");
  const seller = await addUser(owner, "USER", "Sam Seller");
  const st = await salesStages(owner);
  const [account] = await db.insert(accounts).values({ tenantId: owner.ctx.tenantId, name: "Globex" }).returning();
  const a = await newDeal(owner, { name: "Alpha", amount: 1000, contact_first_name: "Ana", contact_email: "ana@globex.test" });
  const b = await newDeal(owner, { name: "Bravo", amount: 500, currency: "USD" });
  const c = await newDeal(seller, { name: "Charlie", amount: 2000 });
  await db.update(deals).set({ accountId: account!.id }).where(eq(deals.id, a));
  const past = new Date(Date.now() - 86_400_000);
  await db.insert(tasks).values([
    { tenantId: owner.ctx.tenantId, title: "Later call", dealId: a, endAt: new Date(Date.now() + 7 * 86_400_000) },
    { tenantId: owner.ctx.tenantId, title: "Overdue call", dealId: a, endAt: past },
    { tenantId: owner.ctx.tenantId, title: "Done", dealId: b, endAt: past, completedAt: past },
  ]);
  return { owner, seller, st, account: account!, a, b, c };
}

describe("GET /api/board", () => {
  it("answers every stage in order with counts, per-currency totals, weighted totals and the cards' fields", async () => {
    const w = await boardWorkspace();
    const res = await board(w.owner);
    expect(res.status).toBe(200);
    expect(BoardEnvelope.strict().safeParse(res.body).error).toBeUndefined();
    const cols = res.body.data.columns;
    expect(cols.map((c: { stage: { key?: string; name: string } }) => c.stage.name)).toEqual(Object.values(w.st).map((s) => s.name));
    const first = cols[0];
    expect(first.count).toBe(3);
    expect(first.totals).toEqual([
      { currency: "EUR", amount: 3000, weighted: 300 },
      { currency: "USD", amount: 500, weighted: 50 },
    ]);
    // Newest deal on top of its column.
    expect(first.cards.map((c: { name: string }) => c.name)).toEqual(["Charlie", "Bravo", "Alpha"]);
    const alpha = first.cards[2];
    expect(alpha).toMatchObject({
      name: "Alpha",
      amount: 1000,
      currency: "EUR",
      status: "open",
      account: { id: w.account.id, name: "Globex" },
      contact: { name: "Ana Martin" },
      owner: { id: w.owner.ctx.userId },
      nextTask: { title: "Overdue call" },
      overdue: true,
    });
    expect(first.cards[1]).toMatchObject({ name: "Bravo", nextTask: null, overdue: false });
    expect(res.body.data.pipeline.id).toBe(w.st.new_lead!.pipelineId);
    expect(cols[1].cards).toEqual([]);
  });

  it("pages a column by cursor without gaps or repeats", async () => {
    const w = await boardWorkspace();
    for (const name of ["D4", "D5", "D6"]) await newDeal(w.owner, { name });
    const res = await board(w.owner, { limit: "2" });
    const col = res.body.data.columns[0];
    expect(col.count).toBe(6);
    expect(col.cards).toHaveLength(2);
    const names = col.cards.map((c: { name: string }) => c.name);
    let cursor = col.nextCursor as string | null;
    while (cursor) {
      const page = await column(w.owner, { stageId: w.st.new_lead!.id, cursor, limit: "2" });
      expect(page.status).toBe(200);
      expect(BoardColumnPageEnvelope.strict().safeParse(page.body).error).toBeUndefined();
      names.push(...page.body.data.map((c: { name: string }) => c.name));
      cursor = page.body.meta.nextCursor;
    }
    expect(names).toEqual(["D6", "D5", "D4", "Charlie", "Bravo", "Alpha"]);
  });

  it("filters by owner (me, a user), status and search, in the cards and the totals alike", async () => {
    const w = await boardWorkspace();
    await moveDeal({ ctx: w.owner.ctx, id: w.b, input: { stageId: w.st.closed_won!.id } });
    const names = (res: { body: { data: { columns: { cards: { name: string }[] }[] } } }) => res.body.data.columns.flatMap((c) => c.cards.map((d) => d.name)).sort();
    expect(names(await board(w.seller, { owner: "me" }))).toEqual(["Charlie"]);
    expect(names(await board(w.owner, { owner: w.seller.ctx.userId }))).toEqual(["Charlie"]);
    expect(names(await board(w.owner, { owner: "anyone" }))).toEqual(["Alpha", "Bravo", "Charlie"]);
    const won = await board(w.owner, { status: "won" });
    expect(names(won)).toEqual(["Bravo"]);
    expect(won.body.data.columns[0].count).toBe(0);
    expect(names(await board(w.owner, { q: "glob" }))).toEqual(["Alpha"]); // account name
    expect(names(await board(w.owner, { q: "ANA@GLOBEX" }))).toEqual(["Alpha"]); // contact email
    expect(names(await board(w.owner, { q: "char" }))).toEqual(["Charlie"]);
    expect(names(await board(w.owner, { q: "100%" }))).toEqual([]);
  });

  it("shows another pipeline when asked, and lists the pipelines for the switcher", async () => {
    const { pipeline, intro } = await newPipeline(admin, "Partners");
    const res = await board(admin, { pipelineId: pipeline.id });
    expect(res.status).toBe(200);
    expect(res.body.data.pipeline).toEqual({ id: pipeline.id, name: "Partners" });
    expect(res.body.data.columns[0].stage).toMatchObject({ id: intro.id, name: "Intro", kind: "open" });
    expect(res.body.data.pipelines.map((p: { name: string }) => p.name)).toContain("Partners");
  });

  it("rejects bad filters with the field named; another workspace's pipeline is unknown", async () => {
    const { pipeline } = await newPipeline(other, "Theirs");
    const cases: [Record<string, string>, string][] = [
      [{ pipelineId: "12" }, "pipelineId"],
      [{ pipelineId: pipeline.id }, "pipelineId"],
      [{ owner: "somebody" }, "owner"],
      [{ status: "maybe" }, "status"],
      [{ limit: "0" }, "limit"],
      [{ limit: "500" }, "limit"],
      [{ q: "x".repeat(201) }, "q"],
      [{ filter: "nope" }, "filter"],
    ];
    for (const [query, field] of cases) {
      const res = await board(admin, query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(Object.keys(res.body.errors)).toContain(field);
    }
    const col = await column(admin, { stageId: sales.new_lead!.id, cursor: "garbage" });
    expect(col.status).toBe(400);
    expect(Object.keys(col.body.errors)).toContain("cursor");
    expect((await column(admin, { cursor: "x" })).body.errors).toHaveProperty("stageId");
    expect((await board(null)).status).toBe(401);
  });

  it("narrows the board, cards and totals, to a saved filter of deals", async () => {
    const w = await boardWorkspace();
    const rule = { combinator: "and", rules: [{ field: "name", operator: "contains", value: "char" }] };
    const [filter] = await db.insert(savedFilters).values({ tenantId: w.owner.ctx.tenantId, ownerId: w.owner.ctx.userId, name: "C", module: "deal", query: rule }).returning();
    const res = await board(w.owner, { filter: filter!.id });
    expect(res.status).toBe(200);
    expect(res.body.data.columns[0].cards.map((c: { name: string }) => c.name)).toEqual(["Charlie"]);
    expect(res.body.data.columns[0].count).toBe(1);
    expect((await board(other, { filter: filter!.id })).status).toBe(404);
    expect((await board(w.owner, { filter: MISSING_ID })).status).toBe(404);
    const [contactFilter] = await db.insert(savedFilters).values({ tenantId: w.owner.ctx.tenantId, ownerId: w.owner.ctx.userId, name: "People", module: "contact", query: { combinator: "and", rules: [] } }).returning();
    const wrong = await board(w.owner, { filter: contactFilter!.id });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.errors)).toContain("filter");
  });

  it("never shows another workspace's deals", async () => {
    await newDeal(other, { name: "Secret" });
    const res = await getBoard({ ctx: admin.ctx, query: {} });
    expect(res.columns.flatMap((c) => c.cards).some((c) => c.name === "Secret")).toBe(false);
  });
});

describe("POST /api/deals/{id}/move", () => {
  it("moves a card to another column after a given card, writing one row and a stage_changed entry", async () => {
    const w = await boardWorkspace();
    const top = await newDeal(w.owner, { name: "Q1", stage_id: w.st.qualified!.id });
    const bottom = await newDeal(w.owner, { name: "Q0", stage_id: w.st.qualified!.id }); // newest: at the top
    const before = await snapshot(w.owner.ctx.tenantId);
    const res = await move(w.owner, w.a, { stageId: w.st.qualified!.id, afterId: bottom });
    expect(res.status).toBe(200);
    expect(MovedDealEnvelope.strict().safeParse(res.body).error).toBeUndefined();
    expect(changedRows(before, await snapshot(w.owner.ctx.tenantId))).toEqual([w.a]);
    const [q0, moved, q1] = [await dealRow(bottom), await dealRow(w.a), await dealRow(top)];
    expect(q0.position < moved.position && moved.position < q1.position).toBe(true);
    expect(moved).toMatchObject({ stageId: w.st.qualified!.id, status: "open", probability: w.st.qualified!.probability });
    const entry = (await dealActivities(w.a)).find((a) => a.action === "stage_changed")!;
    expect(entry.changes).toMatchObject({ stageId: { from: w.st.new_lead!.id, to: w.st.qualified!.id } });
  });

  it("reorders within a column: one row, no timeline entry", async () => {
    const w = await boardWorkspace();
    // Column order is Charlie, Bravo, Alpha; put Charlie after Alpha (the bottom).
    const before = await snapshot(w.owner.ctx.tenantId);
    const entries = (await dealActivities(w.c)).length;
    const res = await move(w.owner, w.c, { stageId: w.st.new_lead!.id, afterId: w.a });
    expect(res.status).toBe(200);
    expect(changedRows(before, await snapshot(w.owner.ctx.tenantId))).toEqual([w.c]);
    expect((await dealActivities(w.c)).length).toBe(entries);
    const names = (await getBoard({ ctx: w.owner.ctx, query: {} })).columns[0]!.cards.map((c) => c.name);
    expect(names).toEqual(["Bravo", "Alpha", "Charlie"]);
    // And back to the top.
    await move(w.owner, w.c, { stageId: w.st.new_lead!.id, afterId: null });
    expect((await getBoard({ ctx: w.owner.ctx, query: {} })).columns[0]!.cards.map((c) => c.name)).toEqual(["Charlie", "Bravo", "Alpha"]);
  });

  it("keeps one key per drop spot when two cards are dropped at the same place at once", async () => {
    const w = await boardWorkspace();
    await Promise.all([w.b, w.c].map((id) => moveDeal({ ctx: w.owner.ctx, id, input: { stageId: w.st.proposal!.id } })));
    const [b, c] = [await dealRow(w.b), await dealRow(w.c)];
    expect(b.position).not.toBe(c.position);
  });

  it("drops a card right after one of several cards sharing a key (deals created at the same moment)", async () => {
    const w = await boardWorkspace();
    const d = await newDeal(w.owner, { name: "Delta" });
    // Bravo, Alpha and Charlie tie (as concurrent creates may); the column orders them by id.
    await db.update(deals).set({ position: "Zz" }).where(inArray(deals.id, [w.a, w.b, w.c]));
    const names = async () => (await getBoard({ ctx: w.owner.ctx, query: {} })).columns[0]!.cards.map((c) => c.name);
    // Delta, the newest, is above them; the tied cards follow in creation order (UUIDv7 ids ascending).
    expect(await names()).toEqual(["Delta", "Alpha", "Bravo", "Charlie"]);
    const res = await move(w.owner, d, { stageId: w.st.new_lead!.id, afterId: w.a });
    expect(res.status).toBe(200);
    expect(await names()).toEqual(["Alpha", "Delta", "Bravo", "Charlie"]);
    const keys = (await db.select({ position: deals.position }).from(deals).where(eq(deals.tenantId, w.owner.ctx.tenantId))).map((r) => r.position);
    expect(new Set(keys).size).toBe(4);
  });

  it("into a lost stage: status lost, close date, loss reason; out of it again: reason cleared", async () => {
    const id = await newDeal(rep);
    const res = await move(rep, id, { stageId: sales.closed_lost!.id, lossReason: "  Budget cut  " });
    expect(res.body.data).toMatchObject({ status: "lost", lossReason: "Budget cut", probability: 0 });
    expect(res.body.data.closedAt).not.toBeNull();
    const entry = (await dealActivities(id)).find((a) => a.action === "stage_changed")!;
    expect(entry.changes).toMatchObject({ status: { from: "open", to: "lost" }, lossReason: { from: null, to: "Budget cut" } });
    const won = await move(rep, id, { stageId: sales.closed_won!.id });
    expect(won.body.data).toMatchObject({ status: "won", lossReason: null });
    const reopened = await move(rep, id, { stageId: sales.proposal!.id });
    expect(reopened.body.data).toMatchObject({ status: "open", closedAt: null });
  });

  it("PATCH /api/deals/{id} with stage_id goes through the same stage move (one stage_changed entry)", async () => {
    const id = await newDeal(admin);
    await patchDeal(admin, id, { stage_id: sales.qualified!.id, name: "Renamed too" });
    const entries = await dealActivities(id);
    expect(entries.filter((a) => a.action === "stage_changed")).toHaveLength(1);
    expect(entries.filter((a) => a.action === "updated")).toHaveLength(1);
  });

  it("rejects bad input with the field named and writes nothing", async () => {
    const id = await newDeal(admin);
    const elsewhere = await newDeal(admin, { stage_id: sales.proposal!.id });
    const { intro: theirStage } = await newPipeline(other, "Foreign");
    const cases: [unknown, string][] = [
      [{}, "stageId"],
      [{ stageId: 42 }, "stageId"],
      [{ stageId: "nope" }, "stageId"],
      [{ stageId: theirStage.id }, "stageId"],
      [{ stageId: sales.qualified!.id, afterId: elsewhere }, "afterId"],
      [{ stageId: sales.qualified!.id, afterId: id }, "afterId"],
      [{ stageId: sales.qualified!.id, afterId: "x" }, "afterId"],
      [{ stageId: sales.closed_lost!.id, lossReason: "x".repeat(2001) }, "lossReason"],
      [{ stageId: sales.closed_lost!.id, lossReason: 12 }, "lossReason"],
    ];
    const before = await counts(admin.ctx.tenantId);
    const rowBefore = await dealRow(id);
    for (const [body, field] of cases) {
      const res = await move(admin, id, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(Object.keys(res.body.errors)).toContain(field);
    }
    expect((await move(admin, id, undefined, "{oops")).status).toBe(400);
    expect(await counts(admin.ctx.tenantId)).toEqual(before);
    expect(await dealRow(id)).toEqual(rowBefore);
  });

  it("answers 404 for another workspace's deal, an unknown or a malformed id; 401 without credentials", async () => {
    const id = await newDeal(admin);
    expect((await move(other, id, { stageId: sales.qualified!.id })).status).toBe(404);
    expect((await move(admin, MISSING_ID, { stageId: sales.qualified!.id })).status).toBe(404);
    expect((await move(admin, "42", { stageId: sales.qualified!.id })).status).toBe(404);
    expect((await move(null, id, { stageId: sales.qualified!.id })).status).toBe(401);
    expect((await dealRow(id)).stageId).toBe(sales.new_lead!.id);
  });
});
