import { z } from "zod";

export const MAX_LIMIT = 200;

/** `limit` (1–200, default 50) and `offset` (default 0) of every REST list (docs/api.md). */
export const PageQuery = z.object({
  limit: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(1, "must be at least 1").max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`).default(50),
  offset: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(0, "must be 0 or more").default(0),
});

/** One page of a list and the total count of matching rows. */
export type Page<T> = { data: T[]; total: number; limit: number; offset: number };

/** `sort=name` ascending, `sort=-name` descending, among `fields`. */
export const sortParam = <const F extends readonly [string, ...string[]]>(fields: F, fallback: F[number]) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((s, c) => {
      const desc = s.startsWith("-");
      const field = desc ? s.slice(1) : s;
      if (!(fields as readonly string[]).includes(field)) {
        c.addIssue({ code: "custom", message: `must be one of ${fields.join(", ")} (prefix - for descending)` });
        return z.NEVER;
      }
      return { field: field as F[number], desc };
    });
