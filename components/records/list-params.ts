/** Turns a list page's URL parameters into the list verb's query, falling back to defaults for anything odd. */
export const PAGE_SIZE = 25;

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function listQuery(params: SearchParams, sorts: readonly string[], fallbackSort: string) {
  const q = first(params.q).trim().slice(0, 200);
  const rawSort = first(params.sort);
  const sort = sorts.includes(rawSort.replace(/^-/, "")) ? rawSort : fallbackSort;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(first(params.page), 10) || 1));
  return { q, sort, page, query: { search: q || undefined, sort, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } };
}
