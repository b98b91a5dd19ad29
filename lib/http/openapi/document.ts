import { z } from "zod";
import { operations } from "./operations";
import type { Operation } from "./types";

type Json = Record<string, unknown>;

// Input mode: the document shows what a client may send (before defaults and transforms).
const toSchema = (schema: z.ZodType, io: "input" | "output" = "input"): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as Json;
  return rest;
};

function parameters(op: Operation): Json[] {
  const fromPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  const fromQuery = op.query
    ? Object.entries((toSchema(op.query).properties ?? {}) as Record<string, Json>).map(([name, schema]) => ({
        name,
        in: "query",
        required: false,
        schema,
      }))
    : [];
  return [...fromPath, ...fromQuery];
}

function operationObject(op: Operation): Json {
  const body = op.body ? toSchema(op.body) : null;
  return {
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    operationId: `${op.method}${op.path.replace(/[{}]/g, "").replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    parameters: parameters(op),
    ...(body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: body },
              ...(op.form ? { "application/x-www-form-urlencoded": { schema: body } } : {}),
            },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(op.responses).map(([status, r]) => [
        status,
        r.schema && !r.empty ? { description: r.description, content: { "application/json": { schema: toSchema(r.schema, "output") } } } : { description: r.description },
      ]),
    ),
    ...(op.auth === false ? { security: [] } : {}),
  };
}

/** The OpenAPI 3.1 document of the whole API, built from the zod schemas that validate requests. */
export function buildOpenApiDocument(serverUrl?: string): Json {
  const paths: Record<string, Json> = {};
  for (const op of operations) paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op) };
  return {
    openapi: "3.1.0",
    info: {
      title: "Rapport CRM API",
      version: "1.0.0",
      description:
        "REST API of Rapport. Credentials: `Authorization: Bearer <API key or token>` or `Authorization: Token <API key>`. " +
        "Errors: `{error, message, code, errors?}` unless an endpoint documents another body. POST accepts `Idempotency-Key`.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ bearer: [] }, { token: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API key (rpk_…) or a token from POST /api/auth/token" },
        token: { type: "apiKey", in: "header", name: "Authorization", description: "`Token <API key>` (document 001)" },
      },
    },
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
  };
}
