import { describe, expect, it } from "vitest";
import { applyMove, paramsFromSearch, searchFromParams } from "@/components/board/state";
import type { Board, BoardCard } from "@/lib/deals/board";

const card = (id: string, stageId: string, amount: number, currency = "EUR"): BoardCard => ({
  id,
  name: id,
  amount,
  currency,
  status: "open",
  stageId,
  position: "a0",
  stageChangedAt: "2025-01-01T00:00:00.000Z",
  expectedCloseDate: null,
  account: null,
  contact: null,
  owner: null,
  nextTask: null,
  overdue: false,
});
const stage = (id: string, probability: number, kind: "open" | "won" | "lost" = "open") => ({ id, name: id, color: "#000", kind, probability });

function board(): Board {
  return {
    pipeline: { id: "p", name: "P" },
    pipelines: [{ id: "p", name: "P" }],
    columns: [
      { stage: stage("s1", 10), count: 2, totals: [{ currency: "EUR", amount: 300, weighted: 30 }], cards: [card("a", "s1", 100), card("b", "s1", 200)], nextCursor: null },
      { stage: stage("s2", 50), count: 1, totals: [{ currency: "USD", amount: 50, weighted: 25 }], cards: [card("c", "s2", 50, "USD")], nextCursor: null },
      { stage: stage("lost", 0, "lost"), count: 0, totals: [], cards: [], nextCursor: null },
    ],
  };
}

describe("applyMove (the optimistic update of a drop)", () => {
  it("moves a card after another card of the target column, with counts and per-currency totals", () => {
    const next = applyMove(board(), card("a", "s1", 100), "s2", "c", new Date("2025-02-01T00:00:00Z"));
    const [s1, s2] = next.columns;
    expect(s1!.cards.map((c) => c.id)).toEqual(["b"]);
    expect(s1!.count).toBe(1);
    expect(s1!.totals).toEqual([{ currency: "EUR", amount: 200, weighted: 20 }]);
    expect(s2!.cards.map((c) => c.id)).toEqual(["c", "a"]);
    expect(s2!.count).toBe(2);
    expect(s2!.totals).toEqual([
      { currency: "EUR", amount: 100, weighted: 50 },
      { currency: "USD", amount: 50, weighted: 25 },
    ]);
    expect(s2!.cards[1]).toMatchObject({ stageId: "s2", stageChangedAt: "2025-02-01T00:00:00.000Z" });
  });

  it("puts a card at the top, takes the status of a lost stage, and leaves the original board alone", () => {
    const before = board();
    const next = applyMove(before, card("b", "s1", 200), "lost", null);
    expect(next.columns[2]!.cards[0]).toMatchObject({ id: "b", status: "lost" });
    expect(before.columns[0]!.cards).toHaveLength(2);
  });

  it("reorders within a column without touching counts or totals", () => {
    const next = applyMove(board(), card("a", "s1", 100), "s1", "b");
    expect(next.columns[0]!.cards.map((c) => c.id)).toEqual(["b", "a"]);
    expect(next.columns[0]!.count).toBe(2);
    expect(next.columns[0]!.totals).toEqual([{ currency: "EUR", amount: 300, weighted: 30 }]);
  });
});

describe("board URL state", () => {
  it("round-trips through the query string, leaving out empty values", () => {
    const p = { pipelineId: "x", q: "acme corp", owner: "me", status: "", filter: "" };
    expect(searchFromParams(p)).toBe("?pipeline=x&q=acme+corp&owner=me");
    expect(paramsFromSearch(new URLSearchParams(searchFromParams(p)))).toEqual(p);
    expect(searchFromParams(paramsFromSearch({}))).toBe("");
  });
});
