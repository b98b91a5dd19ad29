import { z } from "zod";
import { CreateAccount, ListAccountsQuery, UpdateAccount } from "@/lib/accounts/schemas";
import { CreateApiKey } from "@/lib/api-keys/schemas";
import { Credentials } from "@/lib/auth/credentials";
import { SignUp } from "@/lib/tenants/create-workspace";
import { ApiError, ConeAccount, ConeAccountPage } from "./schemas";
import type { Operation } from "./types";

const Me = z.object({ id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(["ADMIN", "MANAGER", "USER"]), locale: z.string(), tenant: z.object({ id: z.uuid(), name: z.string() }) });
const ApiKeyView = z.object({ id: z.uuid(), name: z.string(), prefix: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), expiresAt: z.string().nullable(), user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }) });

const err = (description: string) => ({ description, schema: ApiError });

/** Auth, keys, health and accounts (document 003 §3.1). */
export const coreOperations: Operation[] = [
  { method: "get", path: "/api/health", tag: "System", summary: "Liveness and database check", auth: false, responses: { 200: { description: "Up", schema: z.object({ status: z.literal("ok"), db: z.literal("ok") }) }, 503: { description: "Database unreachable" } } },
  { method: "get", path: "/api/openapi.json", tag: "System", summary: "This OpenAPI document", auth: false, responses: { 200: { description: "OpenAPI 3.1 document" } } },
  { method: "post", path: "/api/auth/token", tag: "Auth", summary: "Exchange email and password for a bearer token (JWT)", auth: false, body: Credentials, responses: { 200: { description: "Token", schema: z.object({ token: z.string(), tokenType: z.literal("Bearer"), expiresAt: z.string() }) }, 400: err("Malformed input"), 401: err("Wrong credentials"), 429: err("Too many failures") } },
  { method: "post", path: "/api/auth/signup", tag: "Auth", summary: "Create a workspace and its admin", auth: false, body: SignUp, responses: { 201: { description: "Created", schema: z.object({ tenant: z.object({ id: z.uuid(), name: z.string() }), user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), role: z.literal("ADMIN") }) }) }, 400: err("Invalid input"), 403: err("Sign-up disabled"), 409: err("Email already registered") } },
  { method: "get", path: "/api/auth/{nextauth}", tag: "Auth", summary: "Browser sign-in endpoints (next-auth: session, csrf, providers, signout)", auth: false, responses: { 200: { description: "next-auth response" } } },
  { method: "post", path: "/api/auth/{nextauth}", tag: "Auth", summary: "Browser sign-in endpoints (next-auth: callback/credentials, signout)", auth: false, responses: { 200: { description: "next-auth response" } } },
  { method: "get", path: "/api/me", tag: "Auth", summary: "The calling user and workspace", responses: { 200: { description: "Current user", schema: Me } } },
  { method: "get", path: "/api/api-keys", tag: "API keys", summary: "List API keys (never the keys)", responses: { 200: { description: "Keys", schema: z.object({ data: z.array(ApiKeyView) }) } } },
  { method: "post", path: "/api/api-keys", tag: "API keys", summary: "Create an API key; the key is in this response only", body: CreateApiKey, responses: { 201: { description: "Created", schema: z.object({ id: z.uuid(), name: z.string(), key: z.string(), prefix: z.string(), createdAt: z.string(), expiresAt: z.string().nullable() }) }, 400: err("Invalid input") } },
  { method: "delete", path: "/api/api-keys/{id}", tag: "API keys", summary: "Revoke an API key", responses: { 204: { description: "Revoked", empty: true }, 403: err("Not your key"), 404: err("Not found") } },
  { method: "get", path: "/api/account", tag: "Accounts", summary: "List accounts (document 003)", query: ListAccountsQuery, responses: { 200: { description: "A page of accounts and the total", schema: ConeAccountPage }, 400: err("Invalid query") } },
  { method: "post", path: "/api/account", tag: "Accounts", summary: "Create an account (document 003: 200)", body: CreateAccount, responses: { 200: { description: "Created", schema: ConeAccount }, 400: err("Invalid input") } },
  { method: "patch", path: "/api/account/{account}", tag: "Accounts", summary: "Update an account (only the given fields)", body: UpdateAccount, responses: { 200: { description: "Updated", schema: ConeAccount }, 400: err("Invalid input"), 404: err("Not found") } },
  { method: "delete", path: "/api/account/{account}", tag: "Accounts", summary: "Delete an account (soft; 200 with an empty body)", responses: { 200: { description: "Deleted", empty: true }, 403: err("Not the owner, a manager or an admin"), 404: err("Not found") } },
];
