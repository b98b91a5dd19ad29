import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { createApiKey } from "@/lib/api-keys/create";
import { loadPrincipal } from "@/lib/auth/principal";
import { buildOpenApiDocument } from "@/lib/http/openapi/document";
import { call } from "../helpers";
import { servedRoutes, type ServedRoute } from "../routes";

/**
 * Every route the app serves, sent malformed ids, query values and body fields — wrong types, NUL
 * characters (PostgreSQL stores them in neither text nor jsonb), numbers and dates out of range,
 * overlong strings, nesting — on the demo workspace's real records: never an answer of 500 or more.
 */

type Schema = { type?: string | string[]; format?: string; enum?: unknown[]; const?: unknown; anyOf?: Schema[]; oneOf?: Schema[]; properties?: Record<string, Schema>; required?: string[] };
type OpenApiOperation = { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };

const NIL = "00000000-0000-0000-0000-000000000000";
const BAD_IDS = ["not-a-uuid", NIL, "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "%00", "1"];
const BAD_QUERY = ["-1", "1e400", "abc", "a\u0000b", "99999999999999999999", "{", "[]", "%"];
const BAD_VALUES: unknown[] = ["a\u0000b", "x".repeat(70_000), 1e308, -1e308, -1, 2.5, "1e400", "0000-01-01", "2026-02-30", "2026:13:45", "275760-09-13", true, [], {}, [[[[]]]], null, NIL, "NOT-A-UUID", Array.from({ length: 2_000 }, () => NIL)];
const BAD_BODIES = ["{", "[]", "null", '"x"', "1", '{"a":'.repeat(2_000) + "1" + "}".repeat(2_000)];

/** Which table holds the records a path parameter names (the path's first segment tells them apart). */
function tableOf(template: string, param: string): string | null {
  if (param === "stageId") return "stages";
  if (param === "run") return "automation_runs";
  const segment = template.split("/")[template.startsWith("/api/public/") ? 3 : 2]!;
  const tables: Record<string, string> = {
    "api-keys": "api_keys",
    account: "accounts",
    accounts: "accounts",
    automation: "automations",
    contact: "contacts",
    contacts: "contacts",
    deals: "deals",
    lead: "deals",
    stage: "stages",
    "custom-field": "custom_fields",
    "custom-labels": "custom_labels",
    pipelines: "pipelines",
    franchises: "franchises",
    departments: "departments",
    "lead-sources": "lead_sources",
    users: "users",
    task: "tasks",
    tasks: "tasks",
    "saved-filter": "saved_filters",
  };
  return tables[segment] ?? null;
}

/** A body that the schema's required fields accept, as far as their types tell. */
function sample(schema: Schema | undefined, name = ""): unknown {
  if (!schema) return "x";
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sample(options.find((o) => o.type !== "null") ?? options[0], name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "object") return Object.fromEntries((schema.required ?? []).map((k) => [k, sample(schema.properties?.[k], k)]));
  if (type === "array") return [];
  if (type === "integer" || type === "number") return 1;
  if (type === "boolean") return true;
  if (schema.format === "email" || /email/i.test(name)) return `robust-${Math.random().toString(36).slice(2)}@example.test`;
  return "Robust";
}

describe("every route, sent malformed input", () => {
  let auth: { authorization: string };
  let routes: ServedRoute[];
  const ids = new Map<string, string>();
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, OpenApiOperation>> };

  beforeAll(async () => {
    const { tenantId, adminEmail } = await seedDemo(db);
    const [admin] = await db.execute<{ id: string }>(sql`select id from users where tenant_id = ${tenantId} and email = ${adminEmail}`);
    const ctx = (await loadPrincipal(admin!.id, "api_key"))!;
    auth = { authorization: `Bearer ${(await createApiKey({ ctx, input: { name: "robustness" } })).key}` };
    const tables = ["accounts", "contacts", "deals", "stages", "custom_fields", "custom_labels", "pipelines", "franchises", "departments", "lead_sources", "tasks", "saved_filters", "automations", "automation_runs", "api_keys"];
    for (const table of tables) {
      const [row] = await db.execute<{ id: string }>(sql`select id from ${sql.identifier(table)} where tenant_id = ${tenantId} order by id limit 1`);
      if (row) ids.set(table, row.id);
    }
    // Not the admin: a change of role or a deactivation would lock the test's own key out.
    const [rep] = await db.execute<{ id: string }>(sql`select id from users where tenant_id = ${tenantId} and role = 'USER' order by id limit 1`);
    ids.set("users", rep!.id);
    routes = (await servedRoutes()).filter((r) => !r.template.startsWith("/api/auth/"));
  }, 60_000);

  it(
    "never answers 500 or more",
    async () => {
      const failures: string[] = [];
      let sent = 0;
      const send = async (route: ServedRoute, path: string, params: Record<string, string>, body?: { json?: unknown; raw?: string }) => {
        sent++;
        const res = await call(route.handler, { method: route.method, path, params, headers: { ...auth, "content-type": "application/json" }, body: body?.json, rawBody: body?.raw });
        if (res.status >= 500) failures.push(`${res.status} ${route.method} ${path.slice(0, 100)} ${(body?.raw ?? JSON.stringify(body?.json) ?? "").slice(0, 120)}`);
      };
      for (const route of routes) {
        const names = [...route.template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const fill = (value: (name: string) => string) => {
          const params = Object.fromEntries(names.map((n) => [n, value(n)]));
          return { params, path: route.template.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(params[n]!)) };
        };
        const real = fill((n) => (n === "entity" ? "contact" : n === "phone" ? "0612345678" : ids.get(tableOf(route.template, n) ?? "") ?? NIL));
        const writes = route.method !== "GET" && route.method !== "DELETE";
        for (const bad of BAD_IDS) {
          const { path, params } = fill(() => bad);
          await send(route, path, params, writes ? { json: {} } : undefined);
        }
        const op = doc.paths[route.template]?.[route.method.toLowerCase()];
        for (const q of op?.parameters?.filter((p) => p.in === "query") ?? []) {
          for (const v of BAD_QUERY) await send(route, `${real.path}?${q.name}=${encodeURIComponent(v)}`, real.params);
        }
        if (!writes) continue;
        for (const raw of BAD_BODIES) await send(route, real.path, real.params, { raw });
        const schema = op?.requestBody?.content?.["application/json"]?.schema;
        if (!schema) continue;
        const good = sample(schema) as Record<string, unknown>;
        const fields = schema.properties ?? schema.anyOf?.[0]?.properties ?? schema.oneOf?.[0]?.properties ?? {};
        for (const field of Object.keys(fields)) for (const v of BAD_VALUES) await send(route, real.path, real.params, { json: { ...good, [field]: v } });
      }
      expect(sent).toBeGreaterThan(3_000);
      expect(failures).toEqual([]);
    },
    300_000,
  );
});
