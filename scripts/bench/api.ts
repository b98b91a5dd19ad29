import { randomUUID } from "node:crypto";
import { observeQueries } from "@/db/client";
import { listAccounts } from "@/lib/accounts/list";
import { verifyApiKey } from "@/lib/api-keys/verify";
import { findContactByPhone } from "@/lib/contacts/find-by-phone";
import { createDeal } from "@/lib/deals/create";
import { newId } from "@/lib/ids";
import { listConeContacts, listContacts } from "@/lib/contacts/list";
import { searchEverything } from "@/lib/search/global";
import type { BenchEnv } from "./setup";
import { expectStatus, load, ms, type LoadResult, request } from "./load";

type Options = { durationMs: number };
export type Row = { scenario: string; clients: number; api: LoadResult; sql?: LoadResult };

type Statement = { text: string; params: unknown[] };

/**
 * Captures the SQL statements a verb sends, in waves: the statements sent together (in one turn of the
 * event loop, e.g. a page and its count) form a wave, and a wave starts only after an answer of the one
 * before arrived (the follow-ups need the page's ids). The benchmark replays exactly them, wave after
 * wave, each wave's statements at once, straight through postgres.js.
 */
async function captureSql(run: () => Promise<unknown>): Promise<Statement[][]> {
  const waves: Statement[][] = [];
  let current: Statement[] | null = null;
  const stop = observeQueries((text, params) => {
    if (!current) {
      current = [];
      waves.push(current);
      setImmediate(() => (current = null));
    }
    current.push({ text, params });
  });
  try {
    await run();
  } finally {
    stop();
  }
  return waves;
}

/**
 * A list endpoint against the same SQL run directly, in the same order (captureSql), from the API key check
 * on: at 1 client (the latency of one request, the machine otherwise idle) and at 8 (both cores saturated,
 * where p50 follows the CPU each request costs).
 */
async function listScenario(env: BenchEnv, o: Options, scenario: string, path: string, verb: () => Promise<unknown>): Promise<Row[]> {
  const headers = { authorization: `Bearer ${env.key}` };
  await expectStatus(request(env.baseUrl + path, { headers }), 200); // warm-up and check
  // The request's SQL begins with the API key check.
  const waves = await captureSql(async () => {
    await verifyApiKey(env.key);
    await verb();
  });
  const rows: Row[] = [];
  for (const clients of LIST_CLIENTS) {
    const api = await load({ concurrency: clients, durationMs: o.durationMs, warmupMs: warmup(o), fn: () => expectStatus(request(env.baseUrl + path, { headers }), 200).then(() => {}) });
    const sql = await load({
      concurrency: clients,
      durationMs: o.durationMs,
      warmupMs: warmup(o),
      fn: async () => {
        for (const wave of waves) await Promise.all(wave.map((s) => env.sql.unsafe(s.text, s.params as never[])));
      },
    });
    rows.push({ scenario: `${scenario} [${waves.map((w) => w.length).join("+")} statements]`, clients, api, sql });
  }
  return rows;
}

const LIST_CLIENTS = [1, 8];
/** Unmeasured running before each measured one (read-only scenarios): a quarter of the duration, at most 2 s. */
export const warmup = (o: Options) => Math.min(2000, o.durationMs / 4);

export async function apiBench(env: BenchEnv, o: Options): Promise<Row[]> {
  const rows: Row[] = [];
  const { ctx } = env;
  const headers = { authorization: `Bearer ${env.key}`, "content-type": "application/json" };

  // The floor: what any request costs here (HTTP, routing, one trivial query), against that query alone.
  await expectStatus(request(`${env.baseUrl}/api/health`), 200);
  for (const clients of LIST_CLIENTS) {
    rows.push({
      scenario: "floor: GET /api/health (no key check, select 1)",
      clients,
      api: await load({ concurrency: clients, durationMs: o.durationMs, warmupMs: warmup(o), fn: () => expectStatus(request(`${env.baseUrl}/api/health`), 200).then(() => {}) }),
      sql: await load({ concurrency: clients, durationMs: o.durationMs, warmupMs: warmup(o), fn: () => env.sql`select 1`.then(() => {}) }),
    });
  }
  rows.push(...(await listScenario(env, o, "account list (50, sorted by name)", "/api/account?limit=50&sortField=name", () => listAccounts({ ctx, query: { limit: "50", sortField: "name" } }))));
  rows.push(...(await listScenario(env, o, "account list (50, newest first)", "/api/account?limit=50&sortField=dateCreated&sortDirection=DESC", () => listAccounts({ ctx, query: { limit: "50", sortField: "dateCreated", sortDirection: "DESC" } }))));
  rows.push(...(await listScenario(env, o, "account search \"company 12\"", "/api/account?limit=50&search=company%2012", () => listAccounts({ ctx, query: { limit: "50", search: "company 12" } }))));
  rows.push(...(await listScenario(env, o, "contact list (50, by last name; 003)", "/api/contact?limit=50&sortField=lastName", () => listConeContacts({ ctx, query: { limit: "50", sortField: "lastName" } }))));
  rows.push(...(await listScenario(env, o, "contact list (50, by name, with total; REST)", "/api/contacts?limit=50&sort=name", () => listContacts({ ctx, query: { limit: "50", sort: "name" } }))));
  rows.push(...(await listScenario(env, o, "contact search \"contact123\" (REST)", "/api/contacts?limit=50&search=contact123", () => listContacts({ ctx, query: { limit: "50", search: "contact123" } }))));
  rows.push(...(await listScenario(env, o, "contact by phone (+33 6 00 00 12 34)", "/api/contact/phone/%2B33%206%2000%2000%2012%2034", () => findContactByPhone({ ctx, input: { phone: "+33 6 00 00 12 34" } }))));
  rows.push(...(await listScenario(env, o, "global search \"company 1\" (Ctrl-K)", "/api/search?q=company%201", () => searchEverything({ ctx, input: { q: "company 1" } }))));

  // Deal create with contact upsert: 16 clients; one in five reuses an email already created in this run.
  const emails: string[] = [];
  rows.push({
    scenario: "deal create + contact upsert",
    clients: 16,
    api: await load({
      concurrency: 16,
      durationMs: o.durationMs,
      fn: async (i) => {
        const email = i % 5 === 4 && emails.length ? emails[i % emails.length]! : `buyer-${randomUUID()}@bench.example`;
        emails.push(email);
        await expectStatus(request(`${env.baseUrl}/api/deals`, { method: "POST", headers, body: JSON.stringify({ name: `Bench deal ${i}`, amount: 1000 + i, contact_email: email, contact_first_name: "Bench", contact_last_name: `Buyer ${i}` }) }), 201);
      },
    }),
  });

  // The same create's SQL as one bare transaction through postgres.js (fresh ids and email each time),
  // wave after wave as the verb sends it: the ceiling of this transaction's shape on this machine.
  rows[rows.length - 1]!.sql = await createShape(env, o);

  // Deal update: amount and next steps on random deals, 16 clients.
  const dealIds = (await env.sql`select id from deals where tenant_id = ${ctx.tenantId} order by random() limit 2000`).map((r) => r.id as string);
  rows.push({
    scenario: "deal update (PATCH amount)",
    clients: 16,
    api: await load({
      concurrency: 16,
      durationMs: o.durationMs,
      fn: async (i) => {
        const id = dealIds[i % dealIds.length]!;
        await expectStatus(request(`${env.baseUrl}/api/deals/${id}`, { method: "PATCH", headers, body: JSON.stringify({ amount: 2000 + i, next_steps: `call back #${i}` }) }), 200);
      },
    }),
  });
  return rows;
}

/** UUIDv7 strings created after `since` (ms): the ids a create made up, as opposed to the workspace's. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const madeAfter = (id: string, since: number) => parseInt(id.replace(/-/g, "").slice(0, 12), 16) >= since;

/**
 * The statements of one deal create (new contact), captured in-process with the API key check before
 * them, replayed in a transaction through postgres.js by 16 clients: each run replaces the ids the
 * capture made up (deal, contact, timeline entries) and the email with fresh ones.
 */
async function createShape(env: BenchEnv, o: Options): Promise<LoadResult> {
  const since = Date.now();
  const email = `shape-${randomUUID()}@bench.example`;
  const waves = await captureSql(async () => {
    await verifyApiKey(env.key);
    await createDeal({ ctx: env.ctx, input: { name: "Shape", amount: 1000, contact_email: email, contact_first_name: "Shape", contact_last_name: "Buyer" } });
  });
  const [check, ...body] = waves;
  // Drizzle hands JSON to postgres.js already serialised (its driver makes the json/jsonb serialisers
  // pass strings through); the replay must do the same, or pg-boss's job list arrives as a JSON string.
  for (const type of ["114", "3802"]) (env.sql.options.serializers as Record<string, (x: unknown) => unknown>)[type] = (x) => x;
  const made = new Set<string>();
  for (const st of waves.flat()) for (const p of st.params) if (typeof p === "string") for (const m of p.match(UUID) ?? []) if (madeAfter(m, since)) made.add(m);
  const fresh = (map: Map<string, string>) => (p: unknown) =>
    typeof p === "string" ? p.replace(UUID, (m) => map.get(m) ?? m).split(email).join(map.get(email)!) : p;
  return load({
    concurrency: 16,
    durationMs: o.durationMs,
    fn: async () => {
      const map = new Map([...made].map((id) => [id, newId()]));
      map.set(email, `shape-${randomUUID()}@bench.example`);
      const f = fresh(map);
      for (const st of check ?? []) await env.sql.unsafe(st.text, st.params as never[]);
      await env.sql.begin(async (t) => {
        for (const wave of body) await Promise.all(wave.map((st) => t.unsafe(st.text, st.params.map(f) as never[])));
      });
    },
  });
}

/** 50 concurrent creates with one new email must leave exactly one contact with that email. */
export async function upsertRace(env: BenchEnv): Promise<{ requests: number; errors: number; contacts: number }> {
  const email = `race-${randomUUID()}@bench.example`;
  const headers = { authorization: `Bearer ${env.key}`, "content-type": "application/json" };
  const results = await Promise.allSettled(
    Array.from({ length: 50 }, (_, i) => expectStatus(request(`${env.baseUrl}/api/deals`, { method: "POST", headers, body: JSON.stringify({ name: `Race ${i}`, contact_email: email.toUpperCase(), contact_first_name: "Race" }) }), 201)),
  );
  const [{ n }] = (await env.sql`select count(*)::int as n from contacts where tenant_id = ${env.ctx.tenantId} and lower(primary_email) = ${email}`) as unknown as [{ n: number }];
  return { requests: 50, errors: results.filter((r) => r.status === "rejected").length, contacts: n };
}

export function printRows(rows: Row[]): void {
  console.log("\n| scenario | clients | API p50 ms | API p95 ms | API req/s | errors | SQL p50 ms | SQL p95 ms | API/SQL p50 |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const ratio = r.sql ? (r.api.p50 / r.sql.p50).toFixed(2) : "–";
    console.log(`| ${r.scenario} | ${r.clients} | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${r.api.rps.toFixed(0)} | ${r.api.errors} | ${r.sql ? ms(r.sql.p50) : "–"} | ${r.sql ? ms(r.sql.p95) : "–"} | ${ratio} |`);
    if (r.api.firstError) console.log(`  first error: ${r.api.firstError}`);
  }
  for (const r of rows) {
    if (r.sql && r.clients === 16) console.log(`\n${r.scenario}: its SQL alone as one transaction, ${r.clients} clients: ${r.sql.rps.toFixed(0)} transactions/s, ${r.sql.errors} errors${r.sql.firstError ? ` (${r.sql.firstError})` : ""}`);
  }
}
