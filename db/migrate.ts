import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { DbOrTx } from "@/db/client";
import { installQueue } from "@/lib/automation/queue";

export const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

/**
 * Installs or migrates pg-boss's schema and the automation queue (lib/automation/queue.ts), then
 * applies every pending migration in db/migrations to the database at `url`.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const database = drizzle({ client });
    // pg-boss first: a migration moved the old queue's pending jobs into it.
    await installQueue(database as unknown as DbOrTx);
    await migrate(database, { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await client.end({ timeout: 5 });
  }
}
