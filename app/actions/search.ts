"use server";

import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { searchEverything, type SearchResults } from "@/lib/search/global";

/** The Ctrl/Cmd-K palette and the record pickers: the first matches of each kind. */
export async function searchAction(q: string, limit = 6): Promise<ActionResult<{ results: SearchResults }>> {
  try {
    const ctx = await requireActionCtx();
    return { ok: true, results: await searchEverything({ ctx, input: { q, limit } }) };
  } catch (e) {
    return actionFailure(e, "search");
  }
}
