import type { Board, BoardCard } from "@/lib/deals/board";
import { apiQuery, type BoardParams } from "./state";

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.error ?? `${url} answered ${res.status}`);
  return body;
}

/** GET /api/board with the board's filters (the browser's session authenticates it). */
export async function fetchBoard(p: BoardParams): Promise<Board> {
  return (await getJson<{ data: Board }>(`/api/board?${apiQuery(p)}`)).data;
}

/** The next page of one column. */
export async function fetchColumnPage(p: BoardParams, stageId: string, cursor: string): Promise<{ cards: BoardCard[]; nextCursor: string | null }> {
  const q = apiQuery(p);
  q.set("stageId", stageId);
  q.set("cursor", cursor);
  const body = await getJson<{ data: BoardCard[]; meta: { nextCursor: string | null } }>(`/api/board/column?${q}`);
  return { cards: body.data, nextCursor: body.meta.nextCursor };
}
