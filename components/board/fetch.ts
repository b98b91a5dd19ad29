import type { ActionFailure, ActionResult, FailureCode } from "@/components/forms/action-result";
import type { Board, BoardCard } from "@/lib/deals/board";
import type { MovedDealJson } from "@/lib/http/serializers/board";
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

/**
 * A drop on the board: POST /api/deals/{id}/move (the browser's session authenticates it), answered like a
 * server action. A plain request leaves at once and answers JSON; a server action waited in the router's
 * queue and decoded a React payload, which made drop → saved several times the server's own time.
 */
export async function postMove(id: string, input: { stageId: string; afterId: string | null; lossReason?: string }): Promise<ActionResult<{ deal: MovedDealJson }>> {
  const res = await fetch(`/api/deals/${encodeURIComponent(id)}/move`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(input),
  });
  const body = (await res.json().catch(() => null)) as
    | ({ data?: MovedDealJson; code?: FailureCode; message?: string; error?: string; errors?: Record<string, string> } & Pick<ActionFailure, "issues" | "rule">)
    | null;
  if (res.ok && body?.data) return { ok: true, deal: body.data };
  return {
    ok: false,
    code: body?.code ?? "internal",
    message: body?.message ?? body?.error ?? `HTTP ${res.status}`,
    fields: body?.errors ?? {},
    ...(body?.issues ? { issues: body.issues } : {}),
    ...(body?.rule ? { rule: body.rule } : {}),
  };
}
