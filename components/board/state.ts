import type { Board, BoardCard, BoardColumn, BoardTotal } from "@/lib/deals/board";

/** The board's state in the URL (shareable, survives a reload). Empty values are left out. */
export type BoardParams = { pipelineId: string; q: string; owner: string; status: string; filter: string };
const KEYS: Record<keyof BoardParams, string> = { pipelineId: "pipeline", q: "q", owner: "owner", status: "status", filter: "filter" };

export function paramsFromSearch(search: URLSearchParams | Record<string, string | string[] | undefined>): BoardParams {
  const get = (k: string) => {
    const v = search instanceof URLSearchParams ? search.get(k) : search[k];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  return { pipelineId: get(KEYS.pipelineId), q: get(KEYS.q), owner: get(KEYS.owner), status: get(KEYS.status), filter: get(KEYS.filter) };
}

export function searchFromParams(p: BoardParams): string {
  const s = new URLSearchParams();
  for (const key of Object.keys(KEYS) as (keyof BoardParams)[]) if (p[key]) s.set(KEYS[key], p[key]);
  const text = s.toString();
  return text ? `?${text}` : "";
}

/** The query of GET /api/board for these params. */
export function apiQuery(p: BoardParams): URLSearchParams {
  const s = new URLSearchParams();
  if (p.pipelineId) s.set("pipelineId", p.pipelineId);
  if (p.q) s.set("q", p.q);
  if (p.owner) s.set("owner", p.owner);
  if (p.status) s.set("status", p.status);
  if (p.filter) s.set("filter", p.filter);
  return s;
}

function addTotal(totals: BoardTotal[], currency: string, amount: number, weighted: number): BoardTotal[] {
  const found = totals.some((t) => t.currency === currency);
  const next = found ? totals.map((t) => (t.currency === currency ? { ...t, amount: t.amount + amount, weighted: t.weighted + weighted } : t)) : [...totals, { currency, amount, weighted }];
  return next.filter((t) => Math.abs(t.amount) > 1e-9).sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));
}

const weightOf = (card: BoardCard, probability: number) => ((card.amount ?? 0) * probability) / 100;

/**
 * The board after moving a card (the optimistic update of a drop): out of its column, into the target
 * column right after `afterId` (or at the top), with counts and totals adjusted and the status of the
 * target stage. Pure, so that it is easy to test and to roll back (keep the old board).
 */
export function applyMove(board: Board, card: BoardCard, toStageId: string, afterId: string | null, now = new Date()): Board {
  const from = board.columns.find((c) => c.stage.id === card.stageId);
  const to = board.columns.find((c) => c.stage.id === toStageId);
  if (!to) return board;
  const changesStage = card.stageId !== toStageId;
  const moved: BoardCard = changesStage ? { ...card, stageId: toStageId, status: to.stage.kind, stageChangedAt: now.toISOString() } : card;
  const columns = board.columns.map((col): BoardColumn => {
    let cards = col.cards.filter((c) => c.id !== card.id);
    let { count, totals } = col;
    const wasHere = cards.length !== col.cards.length;
    if (col === from && changesStage) {
      count -= 1;
      totals = addTotal(totals, card.currency, -(card.amount ?? 0), -weightOf(card, from.stage.probability));
    }
    if (col === to) {
      const at = afterId ? cards.findIndex((c) => c.id === afterId) + 1 : 0;
      cards = [...cards.slice(0, at), moved, ...cards.slice(at)];
      if (changesStage) {
        count += 1;
        totals = addTotal(totals, card.currency, card.amount ?? 0, weightOf(card, to.stage.probability));
      }
    } else if (!wasHere && col !== from) return col;
    return { ...col, cards, count, totals };
  });
  return { ...board, columns };
}
