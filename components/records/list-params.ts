import { isAppError } from "@/lib/errors";

/** Turns a list page's URL parameters into the list verb's query, falling back to defaults for anything odd. */
export const PAGE_SIZE = 25;

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function listQuery(params: SearchParams, sorts: readonly string[], fallbackSort: string) {
  const q = first(params.q).trim().slice(0, 200);
  const rawSort = first(params.sort);
  const sort = sorts.includes(rawSort.replace(/^-/, "")) ? rawSort : fallbackSort;
  // A saved filter's id (`?filter=`); the list verb validates it.
  const filter = first(params.filter).trim().slice(0, 64);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(first(params.page), 10) || 1));
  return { q, sort, page, filter, query: { search: q || undefined, filter: filter || undefined, sort, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } };
}

/**
 * Loads a list page; when its saved filter is gone (deleted, or no longer shared with the caller), loads it
 * without the filter and says so, so that an old link still opens the list.
 */
export async function loadWithFilter<Q extends { filter?: string }, R>(query: Q, load: (query: Q) => Promise<R>): Promise<{ result: R; filterGone: boolean }> {
  try {
    return { result: await load(query), filterGone: false };
  } catch (e) {
    if (!query.filter || !isAppError(e) || e.code !== "validation" || !e.fields?.filter) throw e;
    return { result: await load({ ...query, filter: undefined }), filterGone: true };
  }
}
