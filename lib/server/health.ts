import { sql } from "drizzle-orm";
import { db } from "@/db/client";

/** True when the database answers within `timeoutMs`. */
export async function databaseIsUp(timeoutMs = 2000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref?.());
  const query = db.execute(sql`select 1`).then(() => true as const, () => false as const);
  return Promise.race([query, timeout]);
}
