import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { AppError } from "@/lib/errors";

export type Limit = { max: number; windowSeconds: number };

/** Failed sign-ins allowed per email (and per client address) before 429. */
export const SIGN_IN_LIMIT: Limit = {
  max: Number(process.env.RAPPORT_SIGNIN_MAX_FAILURES ?? 10),
  windowSeconds: Number(process.env.RAPPORT_SIGNIN_WINDOW_SECONDS ?? 900),
};

/**
 * Adds one hit to a fixed-window counter and returns the count in the current window. One atomic
 * statement, so concurrent requests on several app instances count correctly.
 */
export async function hit(key: string, limit: Limit): Promise<number> {
  const rows = await db.execute<{ count: number }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start < now() - make_interval(secs => ${limit.windowSeconds}) then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start < now() - make_interval(secs => ${limit.windowSeconds}) then now() else rate_limits.window_start end
    returning count`);
  return Number(rows[0]?.count ?? 0);
}

/** Throws 429 when `key` has reached its limit in the current window; does not count a hit. */
export async function assertNotLimited(key: string, limit: Limit): Promise<void> {
  const rows = await db.execute<{ count: number; retry: number }>(sql`
    select count, ceil(extract(epoch from (window_start + make_interval(secs => ${limit.windowSeconds}) - now())))::int as retry
    from rate_limits where key = ${key} and window_start >= now() - make_interval(secs => ${limit.windowSeconds})`);
  const row = rows[0];
  if (row && Number(row.count) >= limit.max) {
    throw new AppError("rate_limited", "Too many failed attempts; try again later", { retryAfter: Math.max(1, Number(row.retry)) });
  }
}

export async function clearLimit(key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}
