/**
 * The in-app API reference (/developers/api) reads the OpenAPI document (GET /api/openapi.json) and turns
 * it into this model: operations grouped by tag, each with its parameters, request body and responses,
 * their JSON Schemas flattened into readable rows (local `$ref`s resolved). Pure: no React, no database,
 * so the page renders it in the browser and a test checks it against the operation list.
 */

type Json = Record<string, unknown>;

/** One line of a schema: a property at some depth, its type in words and its constraints. */
export type SchemaRow = { depth: number; name: string; type: string; required: boolean; notes: string[]; description?: string };

export type RefParameter = { name: string; in: string; required: boolean; type: string; notes: string[]; description?: string };

export type RefResponse = { status: string; description: string; rows: SchemaRow[] };

export type RefOperation = {
  /** The operationId (stable, unique): used as the anchor of the operation. */
  id: string;
  method: string;
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** False for the few routes that need no credentials. */
  auth: boolean;
  parameters: RefParameter[];
  body?: { contentTypes: string[]; rows: SchemaRow[] };
  responses: RefResponse[];
  /** A curl command for this operation with the placeholders `$BASE` and `$KEY`, and an example body. */
  curl: string;
};

export type RefTag = { name: string; operations: RefOperation[] };

export type ApiReference = { title: string; version: string; description: string; tags: RefTag[]; operationCount: number };

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const MAX_DEPTH = 6;
const MAX_ROWS = 250;
const SAFE_INT = 9007199254740991;

const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Follows local references (`#/components/schemas/X`, `#/$defs/X`) against the document and the schema's own root. */
function resolver(doc: Json) {
  const follow = (root: Json, ref: string): Json | undefined => {
    if (!ref.startsWith("#/")) return undefined;
    const parts = ref
      .slice(2)
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    for (const base of [root, doc]) {
      let node: unknown = base;
      for (const p of parts) node = isObj(node) ? node[p] : undefined;
      if (isObj(node)) return node;
    }
    return undefined;
  };
  return (root: Json, schema: Json, seen: Set<string>): { schema: Json; ref?: string } => {
    let current = schema;
    let lastRef: string | undefined;
    for (let i = 0; i < 10 && typeof current.$ref === "string"; i++) {
      const ref = current.$ref;
      if (seen.has(ref)) return { schema: { type: "object", description: `↻ ${ref.split("/").pop()}` }, ref: `↻${ref}` };
      const target = follow(root, ref);
      if (!target) break;
      lastRef = ref;
      const { $ref: _r, ...rest } = current;
      current = { ...target, ...rest };
    }
    return { schema: current, ref: lastRef };
  };
}

function typeWords(s: Json, resolve: (s: Json) => Json): string {
  if ("const" in s) return `const ${JSON.stringify(s.const)}`;
  const variants = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (Array.isArray(variants)) return [...new Set(variants.map((v) => typeWords(resolve(v), resolve)))].join(" | ");
  if (Array.isArray(s.allOf)) return (s.allOf as Json[]).map((v) => typeWords(resolve(v), resolve)).join(" & ");
  const type = s.type;
  const one = (t: unknown): string => {
    if (t === "array") {
      const items = isObj(s.items) ? resolve(s.items) : null;
      return `array<${items ? typeWords(items, resolve) : "any"}>`;
    }
    if (t === "object" && !isObj(s.properties) && isObj(s.additionalProperties) && Object.keys(s.additionalProperties).length > 0)
      return `map<string, ${typeWords(resolve(s.additionalProperties), resolve)}>`;
    if (t === "object" && !isObj(s.properties)) return "object";
    return typeof t === "string" ? t : "any";
  };
  if (Array.isArray(type)) return type.map(one).join(" | ");
  if (type === undefined && Array.isArray(s.enum)) return "enum";
  return one(type);
}

/** The constraints worth reading: enum values, format, lengths, bounds (not the safe-integer ones), default, pattern. */
function notesOf(s: Json, resolve: (s: Json) => Json): string[] {
  const variants = ((s.anyOf ?? s.oneOf) as Json[] | undefined)?.map(resolve).filter((v) => v.type !== "null");
  if (variants?.length === 1 && variants[0]) return [...notesOf(variants[0], resolve), ...("default" in s ? [`default: ${JSON.stringify(s.default)}`] : [])];
  const notes: string[] = [];
  if (Array.isArray(s.enum)) notes.push(`enum: ${s.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  if (typeof s.format === "string") notes.push(`format: ${s.format}`);
  else if (typeof s.pattern === "string") notes.push(`pattern: ${s.pattern}`);
  for (const key of ["minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const)
    if (typeof s[key] === "number" && Math.abs(s[key]) < SAFE_INT) notes.push(`${key}: ${s[key]}`);
  if ("default" in s) notes.push(`default: ${JSON.stringify(s.default)}`);
  return notes;
}

/** The object schemas to descend into: the schema itself, its array items, or the object variants of anyOf/oneOf/allOf. */
function childObjects(s: Json, resolve: (s: Json) => Json): Json[] {
  if (isObj(s.properties)) return [s];
  const list = [...((s.anyOf ?? s.oneOf ?? s.allOf ?? []) as Json[])].map(resolve);
  if (s.type === "array" || (Array.isArray(s.type) && s.type.includes("array"))) if (isObj(s.items)) list.push(resolve(s.items));
  return list.flatMap((v) => childObjects(v, resolve));
}

/** The references a property leads to (itself, its array items, its variants): entered once per branch. */
const refsOf = (s: Json): string[] =>
  [s, isObj(s.items) ? s.items : null, ...((s.anyOf ?? s.oneOf ?? s.allOf ?? []) as Json[])]
    .map((x) => (isObj(x) && typeof x.$ref === "string" ? x.$ref : null))
    .filter((x): x is string => x !== null);

/** A JSON Schema as rows: one per property, nested properties indented (arrays of objects show their items' properties). */
export function schemaRows(schema: unknown, doc: Json = {}): SchemaRow[] {
  if (!isObj(schema)) return [];
  const rows: SchemaRow[] = [];
  const resolveRef = resolver(doc);
  // `outer`: the references entered above this schema (to reach its own properties); `seen`: those plus its own (for its properties).
  const walk = (s: Json, depth: number, outer: Set<string>, seen: Set<string>) => {
    const resolve = (x: Json) => resolveRef(schema, x, outer).schema;
    for (const obj of childObjects(resolve(s), resolve)) {
      const required = new Set(Array.isArray(obj.required) ? (obj.required as string[]) : []);
      for (const [name, raw] of Object.entries(obj.properties as Record<string, unknown>)) {
        if (rows.length >= MAX_ROWS) return;
        if (!isObj(raw)) continue;
        const { schema: prop, ref } = resolveRef(schema, raw, seen);
        const description = typeof prop.description === "string" ? prop.description : undefined;
        rows.push({ depth, name, type: typeWords(prop, resolve), required: required.has(name), notes: notesOf(prop, resolve), ...(description ? { description } : {}) });
        if (depth + 1 < MAX_DEPTH && !ref?.startsWith("↻")) walk(prop, depth + 1, seen, new Set([...seen, ...refsOf(raw)]));
      }
    }
  };
  const root = resolveRef(schema, schema, new Set()).schema;
  const top = childObjects(root, (x) => resolveRef(schema, x, new Set()).schema);
  // A body that is not an object (an array of scalars, a string…): one row describing it.
  if (top.length === 0) return [{ depth: 0, name: "(body)", type: typeWords(root, (x) => resolveRef(schema, x, new Set()).schema), required: true, notes: notesOf(root, (x) => x) }];
  walk(schema, 0, new Set(), new Set());
  return rows;
}

/** An example value for a schema: its default, example, first enum value or a placeholder by type. */
function example(s: Json, resolve: (s: Json) => Json, depth = 0, name = ""): unknown {
  if ("default" in s && s.default !== undefined) return s.default;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const variants = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (Array.isArray(variants)) {
    const first = variants.map(resolve).find((v) => v.type !== "null");
    return first ? example(first, resolve, depth, name) : null;
  }
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  if (type === "object" || isObj(s.properties)) {
    if (depth > 3 || !isObj(s.properties)) return {};
    const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
    const all = Object.entries(s.properties as Record<string, Json>);
    // The required fields; for an update (nothing required), the first two fields.
    const entries = required.size > 0 ? all.filter(([k]) => required.has(k)) : depth === 0 ? all.slice(0, 2) : [];
    return Object.fromEntries(entries.map(([k, v]) => [k, example(resolve(v), resolve, depth + 1, k)]));
  }
  if (type === "array") return isObj(s.items) && typeof s.minItems === "number" && s.minItems > 0 ? [example(resolve(s.items), resolve, depth + 1, name)] : [];
  if (type === "integer" || type === "number") return typeof s.minimum === "number" && Math.abs(s.minimum) < SAFE_INT ? s.minimum : 1;
  if (type === "boolean") return true;
  if (s.format === "uuid") return "00000000-0000-4000-8000-000000000000";
  if (s.format === "email" || /email/i.test(name)) return "jane@example.com";
  if (/(^|_)id$|Id$/.test(name) || /_ids?$|Ids$/.test(name)) return "<id>";
  if (/date/i.test(name)) return "2027-01-31";
  if (/name/i.test(name)) return "Example";
  if (s.format === "date") return "2027-01-31";
  if (s.format === "date-time") return "2027-01-31T09:00:00Z";
  return "text";
}

/**
 * The deal endpoints' examples of docs/api.md ("Try them against the demo workspace"), shown instead of the
 * generated ones: they use the documents' own formats (001's form body and `YYYY:MM:DD` dates, …).
 */
export const DOCUMENTED_EXAMPLES: Record<string, string> = {
  "post /api/deals": `curl -s -X POST "$BASE/api/deals" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \\
  -d '{"name":"Fleet renewal 2027","amount":18500,"currency":"eur","contact_email":"Jane.Doe@Example.com",
       "contact_first_name":"Jane","contact_last_name":"Doe","expected_close_date":"2027-01-31"}'`,
  "patch /api/public/deals/{id}": `curl -s -X PATCH "$BASE/api/public/deals/$DEAL/" -H "Authorization: Token $KEY" \\
  -d 'value=21000.50&expected_close_date=2027:02:15&status=2'`,
  "patch /api/deals/{id}": `curl -s -X PATCH "$BASE/api/deals/$DEAL" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \\
  -d '{"stage_id":"<a stage id>"}'`,
  "post /api/deals/{id}/attach-contacts": `curl -s -X POST "$BASE/api/deals/$DEAL/attach-contacts" -H "Authorization: Bearer $KEY" \\
  -H 'Content-Type: application/json' -d '{"contact_ids":["<contact uuid>"]}'`,
  "post /api/deals/{id}/detach-contact": `curl -s -X POST "$BASE/api/deals/$DEAL/detach-contact" -H "Authorization: Bearer $KEY" \\
  -H 'Content-Type: application/json' -d '{"contact_id":"<contact uuid>"}'`,
};

/** A curl command for an operation; the body holds its required fields. */
export function curlFor(method: string, path: string, auth: boolean, body: Json | null, resolve: (s: Json) => Json = (s) => s): string {
  const documented = DOCUMENTED_EXAMPLES[`${method} ${path}`];
  if (documented) return documented;
  const url = `"$BASE${path.replace(/\{(\w+)\}/g, (_m, name: string) => `<${name}>`)}"`;
  const parts = [`curl -s -X ${method.toUpperCase()} ${url}`];
  if (auth) parts.push(`-H "Authorization: Bearer $KEY"`);
  if (body) parts.push(`-H 'Content-Type: application/json'`, `-d '${JSON.stringify(example(body, resolve)).replace(/'/g, "'\\''")}'`);
  return parts.join(" \\\n  ");
}

/** The reference model of an OpenAPI document. */
export function apiReference(doc: Json): ApiReference {
  const info = isObj(doc.info) ? doc.info : {};
  const paths = isObj(doc.paths) ? doc.paths : {};
  const globalSecurity = Array.isArray(doc.security) ? doc.security : [];
  const byTag = new Map<string, RefOperation[]>();
  const declaredTags = Array.isArray(doc.tags) ? (doc.tags as Json[]).map((t) => String(t.name)) : [];
  for (const name of declaredTags) byTag.set(name, []);
  const resolveRef = resolver(doc);
  for (const [path, item] of Object.entries(paths)) {
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const resolve = (s: Json) => resolveRef(doc, s, new Set()).schema;
      const tag = Array.isArray(op.tags) && op.tags.length ? String(op.tags[0]) : "default";
      const security = Array.isArray(op.security) ? op.security : globalSecurity;
      const parameters = (Array.isArray(op.parameters) ? (op.parameters as Json[]) : []).map(resolve).map((p): RefParameter => {
        const schema = isObj(p.schema) ? resolve(p.schema) : {};
        const description = typeof p.description === "string" ? p.description : typeof schema.description === "string" ? schema.description : undefined;
        return { name: String(p.name), in: String(p.in), required: p.required === true, type: typeWords(schema, resolve), notes: notesOf(schema, resolve), ...(description ? { description } : {}) };
      });
      const requestBody = isObj(op.requestBody) ? resolve(op.requestBody) : null;
      const content = requestBody && isObj(requestBody.content) ? requestBody.content : null;
      const bodySchema = content ? Object.values(content).map((c) => (isObj(c) && isObj(c.schema) ? c.schema : null)).find(Boolean) ?? null : null;
      const responses = Object.entries(isObj(op.responses) ? op.responses : {}).map(([status, raw]): RefResponse => {
        const r = isObj(raw) ? resolve(raw) : {};
        const c = isObj(r.content) ? Object.values(r.content)[0] : null;
        return { status, description: String(r.description ?? ""), rows: isObj(c) && isObj(c.schema) ? schemaRows(c.schema, doc) : [] };
      });
      const entry: RefOperation = {
        id: String(op.operationId ?? `${method}${path}`),
        method,
        path,
        tag,
        summary: String(op.summary ?? ""),
        ...(typeof op.description === "string" ? { description: op.description } : {}),
        auth: security.length > 0,
        parameters,
        ...(content && bodySchema ? { body: { contentTypes: Object.keys(content), rows: schemaRows(bodySchema, doc) } } : {}),
        responses,
        curl: curlFor(method, path, security.length > 0, bodySchema ? resolve(bodySchema) : null, resolve),
      };
      byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
    }
  }
  const tags = [...byTag].filter(([, ops]) => ops.length > 0).map(([name, operations]) => ({ name, operations }));
  return {
    title: String(info.title ?? "API"),
    version: String(info.version ?? ""),
    description: String(info.description ?? ""),
    tags,
    operationCount: tags.reduce((n, t) => n + t.operations.length, 0),
  };
}

/** Whether an operation matches a search: every word appears in its method, path, summary, tag or description. */
export function matchesSearch(op: RefOperation, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = `${op.method} ${op.path} ${op.summary} ${op.tag} ${op.description ?? ""} ${op.parameters.map((p) => p.name).join(" ")}`.toLowerCase();
  return words.every((w) => text.includes(w));
}
