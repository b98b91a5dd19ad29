import { z } from "zod";
import { invalidField, isAppError } from "@/lib/errors";

/**
 * Query parameters shared by every list of the REST surface (docs/api.md, "REST conventions"):
 * `limit` (1–200, default 50), `offset` (default 0), `search`, `sort=field` / `sort=-field`,
 * `filter=<saved filter id>` and `query=<react-querybuilder JSON>`.
 */
export const MAX_PAGE_SIZE = 200;

export const pageSize = z.coerce
  .number({ error: "must be a number" })
  .int("must be an integer")
  .min(1, "must be at least 1")
  .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
  .default(50);

export const startIndex = z.coerce.number({ error: "must be a number" }).int("must be an integer").min(0, "must be 0 or more").default(0);

export const searchText = z.string().trim().max(200, "must be at most 200 characters").optional();

export type Sort<F extends string> = { field: F; desc: boolean };

/** `sort=field` ascending or `sort=-field` descending, over `fields`; an unknown field is a 400 naming `sort`. */
export const sortParam = <const T extends readonly [string, ...string[]]>(fields: T, fallback: T[number]) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((s, ctx): Sort<T[number]> => {
      const field = s.replace(/^[-+]/, "");
      if (!(fields as readonly string[]).includes(field)) {
        ctx.addIssue({ code: "custom", message: `must be one of ${fields.join(", ")}, optionally prefixed with -` });
        return z.NEVER;
      }
      return { field: field as T[number], desc: s.startsWith("-") };
    });

export const restListParams = {
  limit: pageSize,
  offset: startIndex,
  search: searchText,
  /** A saved filter's id. */
  filter: z.string().uuid("must be a UUID").optional(),
  /** An inline react-querybuilder query, as JSON text. */
  query: z.string().max(50_000, "must be at most 50000 characters").optional(),
};

/** The envelope of every REST list. */
export type ListPage<T> = { data: T[]; meta: { total: number; limit: number; offset: number } };

/** A list's `filter=<id>` naming a saved filter the caller cannot see is a bad parameter (400 naming `filter`), not a missing page. */
export async function filterParam<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") throw invalidField("filter", "no such saved filter");
    throw e;
  }
}
