import { observeQueries } from "@/db/client";
import { countAndPage } from "@/lib/query";
import { warmup, type Row } from "./api";
import { expectStatus, load, request } from "./load";
import { withIndexesDropped, type BenchEnv } from "./setup";

const say = (line: string) => console.log(`[bench] ${line}`);

/** A "tier" select custom field on contacts with a value for every contact (one in three each), created once. */
async function ensureTier(env: BenchEnv): Promise<void> {
  const tenantId = env.ctx.tenantId;
  const [existing] = await env.sql`select id from custom_fields where tenant_id = ${tenantId} and entity = 'contact' and field_name = 'tier' and not is_deleted`;
  if (existing) return;
  const t0 = Date.now();
  const [field] = await env.sql`
    insert into custom_fields (id, tenant_id, entity, field_name, label, field_type, options)
    values (gen_random_uuid(), ${tenantId}, 'contact', 'tier', 'Tier', 'select', ${env.sql.json({ choices: [{ value: "gold", label: "Gold" }, { value: "silver", label: "Silver" }, { value: "bronze", label: "Bronze" }] })})
    returning id`;
  await withIndexesDropped(env.sql, ["custom_field_values"], () => env.sql`
    insert into custom_field_values (tenant_id, field_id, entity, record_id, value_text)
    select tenant_id, ${field!.id}, 'contact', id, (array['gold','silver','bronze'])[1 + (abs(hashtext(id::text)) % 3)]
    from contacts where tenant_id = ${tenantId}`);
  await env.sql.unsafe("vacuum analyze custom_field_values");
  say(`custom field "tier" on every contact in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const rule = (field: string, operator: string, value?: unknown) => ({ field, operator, value });
const group = (combinator: "and" | "or", rules: unknown[]) => ({ combinator, rules });

/** The five representative filters of the issue, on contacts. */
export const FILTERS: [string, unknown][] = [
  ["single equality: city = Lyon", group("and", [rule("city", "=", "Lyon")])],
  ["text contains: last name contains \"ard\"", group("and", [rule("lastName", "contains", "ard")])],
  ["endsWith on email: \"@mail12.example\"", group("and", [rule("primaryEmail", "endsWith", "@mail12.example")])],
  [
    "3-level nested with a custom field",
    group("and", [rule("custom.tier", "=", "gold"), group("or", [rule("city", "=", "Paris"), group("and", [rule("lastName", "beginsWith", "m"), rule("firstName", "in", ["Emma", "Hugo"])])])]),
  ],
  ["relation: account name begins with \"Company 12\"", group("and", [rule("account.name", "beginsWith", "Company 12")])],
];

/**
 * Count + first page of 50 through POST /api/query-builder/filter/contact, against the statements the
 * compiler produces for the same query run directly through postgres.js (in parallel, as the verb runs them).
 */
export async function queryBench(env: BenchEnv, o: { durationMs: number; clients?: number }): Promise<Row[]> {
  await ensureTier(env);
  const clients = o.clients ?? 1;
  const headers = { authorization: `Bearer ${env.key}`, "content-type": "application/json" };
  const rows: Row[] = [];
  for (const [scenario, query] of FILTERS) {
    const body = JSON.stringify({ query, limit: 50 });
    const post = () => expectStatus(request(`${env.baseUrl}/api/query-builder/filter/contact`, { method: "POST", headers, body }), 200);
    const first = (await post()) as { total: number };
    const api = await load({ concurrency: clients, durationMs: o.durationMs, warmupMs: warmup(o), fn: () => post().then(() => {}) });
    const statements: { text: string; params: unknown[] }[] = [];
    const stop = observeQueries((text, params) => statements.push({ text, params }));
    try {
      await countAndPage({ ctx: env.ctx, entity: "contact", query, limit: 50 });
    } finally {
      stop();
    }
    // The custom field lookup is part of the API's work; the direct SQL is only count + page.
    const direct = statements.filter((s) => /count\(\*\)|limit/i.test(s.text) && /"contacts"/.test(s.text));
    const sql = await load({ concurrency: clients, durationMs: o.durationMs, warmupMs: warmup(o), fn: async () => void (await Promise.all(direct.map((s) => env.sql.unsafe(s.text, s.params as never[])))) });
    rows.push({ scenario: `${scenario} (${first.total} matches)`, clients, api, sql });
  }
  return rows;
}

/** EXPLAIN ANALYZE of each filter's count, for docs/query.md. */
export async function explainFilters(env: BenchEnv): Promise<void> {
  for (const [scenario, query] of FILTERS) {
    const statements: { text: string; params: unknown[] }[] = [];
    const stop = observeQueries((text, params) => statements.push({ text, params }));
    try {
      await countAndPage({ ctx: env.ctx, entity: "contact", query, limit: 50 });
    } finally {
      stop();
    }
    const count = statements.find((s) => /count\(\*\)/.test(s.text))!;
    const plan = await env.sql.unsafe(`explain (analyze, costs off, timing off) ${count.text}`, count.params as never[]);
    console.log(`\n[explain] ${scenario}\n${plan.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}`);
  }
}
