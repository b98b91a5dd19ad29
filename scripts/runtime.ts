import path from "node:path";
import postgres from "postgres";
import { persistentSecret, startEmbeddedPostgres, type EmbeddedServer } from "@/db/embedded";

/** Where npm start keeps its PostgreSQL cluster and generated secrets. */
export const dataDir = () => path.resolve(process.env.RAPPORT_DATA_DIR ?? ".data");

export type Database = { url: string; embedded: EmbeddedServer | null };

/**
 * The database to use: DATABASE_URL when given, else the embedded PostgreSQL under the data directory
 * (with a `rapport` database created on first start).
 */
export async function openDatabase(log: (line: string) => void = () => {}): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: dataDir(), log });
  const admin = postgres(embedded.url("postgres"), { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = 'rapport'`;
    if (!exists) await admin.unsafe("create database rapport");
  } finally {
    await admin.end();
  }
  return { url: embedded.url("rapport"), embedded };
}

/** NEXTAUTH_SECRET from the environment, else one generated once and kept in the data directory. */
export const authSecretForRun = () => process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? persistentSecret(dataDir(), "auth-secret");
