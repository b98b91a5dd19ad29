import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/http/openapi/document";
import { operations } from "@/lib/http/openapi/operations";
import { apiReference, curlFor, matchesSearch, schemaRows } from "@/lib/http/openapi/reference";

const reference = apiReference(buildOpenApiDocument("http://localhost:3000"));
const all = reference.tags.flatMap((t) => t.operations);
const find = (method: string, path: string) => all.find((o) => o.method === method && o.path === path);

describe("API reference page data", () => {
  it("covers every documented operation, once, under its tag", () => {
    expect(reference.operationCount).toBe(operations.length);
    expect(all.map((o) => `${o.method} ${o.path}`).sort()).toEqual(operations.map((o) => `${o.method} ${o.path}`).sort());
    for (const op of operations) {
      const ref = find(op.method, op.path);
      expect(ref, `${op.method} ${op.path}`).toMatchObject({ tag: op.tag, summary: op.summary, auth: op.auth !== false });
      expect(ref!.responses.map((r) => r.status).sort()).toEqual(Object.keys(op.responses).sort());
      expect(Boolean(ref!.body), `${op.method} ${op.path} body`).toBe(Boolean(op.body));
      for (const m of op.path.matchAll(/\{(\w+)\}/g)) expect(ref!.parameters).toContainEqual(expect.objectContaining({ name: m[1], in: "path", required: true }));
      for (const name of Object.keys(op.query?.shape ?? {})) expect(ref!.parameters.map((p) => p.name)).toContain(name);
      expect(ref!.curl).toContain(`-X ${op.method.toUpperCase()}`);
    }
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
  });

  it("renders request and response schemas as readable rows", () => {
    const create = find("post", "/api/deals")!;
    expect(create.body!.rows).toContainEqual({ depth: 0, name: "name", type: "string", required: true, notes: ["minLength: 1", "maxLength: 255"] });
    expect(create.body!.rows).toContainEqual(expect.objectContaining({ name: "amount", type: "number | null", required: false }));
    const created = create.responses.find((r) => r.status === "201")!;
    expect(created.rows).toContainEqual(expect.objectContaining({ depth: 0, name: "data", type: "object" }));
    expect(created.rows).toContainEqual(expect.objectContaining({ depth: 1, name: "status", notes: ['enum: "open", "won", "lost"'] }));
    expect(created.rows).toContainEqual(expect.objectContaining({ depth: 2, name: "name" }));
    // Form bodies are announced; the documents' own curl examples are shown for the deal endpoints.
    const update = find("patch", "/api/public/deals/{id}")!;
    expect(update.body!.contentTypes).toEqual(["application/json", "application/x-www-form-urlencoded"]);
    expect(update.curl).toContain("expected_close_date=2027:02:15");
    expect(create.curl).toContain('"contact_email":"Jane.Doe@Example.com"');
    expect(find("get", "/api/health")!.auth).toBe(false);
  });

  it("resolves local $refs, stops on cycles and describes non-object bodies", () => {
    const doc = {
      components: { schemas: { Node: { type: "object", properties: { id: { type: "string", format: "uuid" }, child: { $ref: "#/components/schemas/Node" } }, required: ["id"] } } },
    };
    const rows = schemaRows({ type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Node" }, minItems: 1 }, tag: { $ref: "#/$defs/Tag" } }, $defs: { Tag: { type: "string", enum: ["a", "b"] } } }, doc);
    expect(rows).toEqual([
      { depth: 0, name: "items", type: "array<object>", required: false, notes: ["minItems: 1"] },
      { depth: 1, name: "id", type: "string", required: true, notes: ["format: uuid"] },
      { depth: 1, name: "child", type: "object", required: false, notes: [], description: "↻ Node" },
      { depth: 0, name: "tag", type: "string", required: false, notes: ['enum: "a", "b"'] },
    ]);
    expect(schemaRows({ type: "array", items: { type: "string" } })).toEqual([{ depth: 0, name: "(body)", type: "array<string>", required: true, notes: [] }]);
  });

  it("writes curl examples with the required fields and the credentials", () => {
    const body = { type: "object", properties: { name: { type: "string" }, contact_email: { type: "string" }, note: { type: "string" } }, required: ["name", "contact_email"] };
    expect(curlFor("post", "/api/things/{id}", true, body)).toBe(
      `curl -s -X POST "$BASE/api/things/<id>" \\\n  -H "Authorization: Bearer $KEY" \\\n  -H 'Content-Type: application/json' \\\n  -d '{"name":"Example","contact_email":"jane@example.com"}'`,
    );
    expect(curlFor("get", "/api/health", false, null)).toBe(`curl -s -X GET "$BASE/api/health"`);
  });

  it("searches by method, path and words", () => {
    const create = find("post", "/api/deals")!;
    expect(matchesSearch(create, "post deals")).toBe(true);
    expect(matchesSearch(create, "  ")).toBe(true);
    expect(matchesSearch(create, "delete deals")).toBe(false);
    expect(all.filter((o) => matchesSearch(o, "attach-contacts")).map((o) => o.path)).toEqual(["/api/deals/{id}/attach-contacts"]);
  });
});
