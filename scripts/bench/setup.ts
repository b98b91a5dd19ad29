import { spawn, type ChildProcess } from "node:child_process";
import { and, eq } from "drizzle-orm";
import postgres from "postgres";
import { db, preparing } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { deals, stages, tenants, users } from "@/db/schema";
import { createApiKey } from "@/lib/api-keys/create";
import type { Ctx } from "@/lib/auth/context";
import { loadPrincipal } from "@/lib/auth/principal";
import { generateKeyBetween } from "@/lib/deals/position";
import { newId } from "@/lib/ids";
import { createWorkspace } from "@/lib/tenants/create-workspace";
import { openDatabase, type Database } from "../runtime";

export type BenchSize = { contacts: number; deals: number };
export type BenchEnv = { database: Database; sql: postgres.Sql; ctx: Ctx; key: string; baseUrl: string; stop: () => Promise<void> };

const say = (line: string) => console.log(`[bench] ${line}`);

/** A UUIDv7 made in SQL (PostgreSQL 17 has no uuidv7()): the time in the first 48 bits, version 7, variant 2. */
const UUIDV7 = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;

const FIRST = ["Emma", "Lucas", "Chloé", "Hugo", "Léa", "Louis", "Manon", "Jules", "Camille", "Adam", "Sarah", "Yasmine", "Omar", "Karim", "Nadia", "Sofia", "Liam", "Olivia", "Noah", "Ava", "Mateo", "Amira", "Youssef", "Leila", "Ethan", "Mila", "Gabriel", "Inès", "Raphaël", "Zoé"];
const LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Haddad", "Benali", "Mansour", "Khoury", "Nasser", "Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Taylor", "Clark", "Lewis", "Walker", "Young", "King", "Wright", "Scott"];
const CITIES = ["Paris", "Lyon", "Marseille", "Toulouse", "Casablanca", "Beirut", "Dubai", "London", "Berlin", "Madrid", "Montréal", "Tunis"];
const sqlArray = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

/**
 * Runs a bulk load with the secondary indexes of `tables` dropped, then builds them again (with more
 * maintenance memory): building a trigram index once over a million rows is several times faster than
 * updating it row by row. Primary keys and constraint indexes stay. The benchmark's own database only.
 */
export async function withIndexesDropped<T>(sql: postgres.Sql, tables: string[], load: () => Promise<T>): Promise<T> {
  const defs = await sql<{ name: string; def: string }[]>`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = 'public' and i.tablename in ${sql(tables)}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  for (const d of defs) await sql.unsafe(`drop index if exists "${d.name}"`);
  try {
    return await load();
  } finally {
    const t0 = Date.now();
    await sql.begin(async (tx) => {
      await tx.unsafe("set local maintenance_work_mem = '512MB'");
      for (const d of defs) await tx.unsafe(d.def);
    });
    say(`${defs.length} indexes of ${tables.join(", ")} rebuilt in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

/** A workspace "Bench <contacts>/<deals>", created once and reused by later runs on the same data directory. */
async function seedTenant(sql: postgres.Sql, size: BenchSize): Promise<string> {
  const name = `Bench ${size.contacts}/${size.deals}`;
  const [existing] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.name, name));
  if (existing) {
    say(`reusing workspace "${name}"`);
    const [admin] = await db.select({ id: users.id }).from(users).where(and(eq(users.tenantId, existing.id), eq(users.role, "ADMIN")));
    return admin!.id;
  }
  const t0 = Date.now();
  const { user, tenant } = await createWorkspace({
    input: { tenantName: name, name: "Bench Admin", email: `bench-${size.contacts}-${size.deals}@bench.test`, password: "bench-password-1" },
  });
  // About three contacts per account, and four contacts in ten without an account, as in a B2B CRM.
  const accountsN = Math.max(1, Math.round(size.contacts / 5));
  await withIndexesDropped(sql, ["accounts", "contacts", "account_contacts"], async () => {
    await sql.unsafe(
      `insert into accounts (id, tenant_id, name, city, country, primary_email, owner_id, created_by, created_at)
       select ${UUIDV7}, $1, 'Company ' || i, (${sqlArray(CITIES)})[1 + i % ${CITIES.length}], 'FR', 'hello@company' || i || '.example', $2, $2, now() - i * interval '1 minute'
       from generate_series(1, $3::int) i`,
      [tenant.id, user.id, accountsN],
    );
    await sql.unsafe(
      `insert into contacts (id, tenant_id, first_name, last_name, primary_email, mobile_phone, city, country, owner_id, created_by, created_at)
       select ${UUIDV7}, $1, (${sqlArray(FIRST)})[1 + i % ${FIRST.length}], (${sqlArray(LAST)})[1 + (i / ${FIRST.length}) % ${LAST.length}],
              'contact' || i || '@mail' || (i % 997) || '.example', '+33 6 ' || lpad((i % 100000000)::text, 8, '0'),
              (${sqlArray(CITIES)})[1 + i % ${CITIES.length}], 'FR', $2, $2, now() - i * interval '1 second'
       from generate_series(1, $3::int) i`,
      [tenant.id, user.id, size.contacts],
    );
    await sql.unsafe(
      `insert into account_contacts (tenant_id, account_id, contact_id)
       select c.tenant_id, a.id, c.id
       from (select id, tenant_id, row_number() over (order by id) as n from contacts where tenant_id = $1) c
       join (select id, row_number() over (order by id) - 1 as n from accounts where tenant_id = $1) a on a.n = c.n % $2
       where c.n % 10 < 6`,
      [tenant.id, accountsN],
    );
  });

  const stageRows = await db.select().from(stages).where(eq(stages.tenantId, tenant.id)).orderBy(stages.position);
  const contactIds = (await sql`select id from contacts where tenant_id = ${tenant.id} order by id limit ${size.deals}`).map((r) => r.id as string);
  const keys = new Map<string, string | null>();
  const rows: (typeof deals.$inferInsert)[] = [];
  for (let i = 0; i < size.deals; i++) {
    const stage = stageRows[i % stageRows.length]!;
    const key = generateKeyBetween(keys.get(stage.id) ?? null, null);
    keys.set(stage.id, key);
    rows.push({
      id: newId(),
      tenantId: tenant.id,
      name: `Deal ${i + 1}`,
      amount: String(1000 + ((i * 7919) % 90000)),
      currency: "EUR",
      probability: stage.probability,
      pipelineId: stage.pipelineId!, // the default pipeline's stages
      stageId: stage.id,
      status: stage.kind,
      position: key,
      ownerId: user.id,
      primaryContactId: contactIds[i % contactIds.length],
      createdBy: user.id,
    });
  }
  for (let i = 0; i < rows.length; i += 2000) await db.insert(deals).values(rows.slice(i, i + 2000));
  await sql`insert into deal_contacts (tenant_id, deal_id, contact_id) select tenant_id, id, primary_contact_id from deals where tenant_id = ${tenant.id}`;
  // Vacuum too, so that the visibility map lets counts use index-only scans, as on a settled database.
  await sql.unsafe("vacuum analyze");
  say(`seeded "${name}": ${size.contacts} contacts, ${accountsN} accounts, ${size.deals} deals in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return user.id;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("the app did not start");
}

/** The benchmark's own PostgreSQL (the embedded one under .data-bench, or DATABASE_URL), migrated. */
export async function openBenchDatabase(): Promise<Database> {
  process.env.RAPPORT_DATA_DIR ??= ".data-bench";
  process.env.DATABASE_POOL_SIZE ??= "20";
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  await migrateDatabase(database.url);
  return database;
}

export type App = { baseUrl: string; stop: () => Promise<void> };

/** The production app, started by scripts/start.ts (which builds it when the sources changed) on BENCH_PORT (default 3200). */
export async function startApp(database: Database): Promise<App> {
  const port = Number(process.env.BENCH_PORT ?? 3200);
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: database.url, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  try {
    await waitForHealth(`${baseUrl}/api/health`, child);
  } catch (e) {
    console.error(log);
    throw e;
  }
  say(`app on ${baseUrl}`);
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGINT");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** The API benchmark's world: the benchmark's database (openBenchDatabase), a seeded workspace, an API key, and the app (startApp). */
export async function setupBench(size: BenchSize, database: Database): Promise<BenchEnv> {
  // The direct SQL goes through the client the app gives Drizzle (named prepared statements, db/client.ts).
  const sql = preparing(postgres(database.url, { max: 16, onnotice: () => {} }));
  const userId = await seedTenant(sql, size);
  const ctx = (await loadPrincipal(userId, "api_key"))!;
  const { key } = await createApiKey({ ctx, input: { name: `bench ${new Date().toISOString()}` } });
  const app = await startApp(database);
  return {
    database,
    sql,
    ctx,
    key,
    baseUrl: app.baseUrl,
    stop: async () => {
      await app.stop();
      await sql.end();
    },
  };
}
