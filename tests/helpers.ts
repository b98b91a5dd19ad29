import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { createApiKey } from "@/lib/api-keys/create";
import type { Ctx } from "@/lib/auth/context";
import { loadPrincipal } from "@/lib/auth/principal";
import { createWorkspace, insertUser } from "@/lib/tenants/create-workspace";
import { db } from "@/db/client";
import type { UserRole } from "@/db/schema";

export const PASSWORD = "Corr3ct-horse";

export type TestUser = { ctx: Ctx; email: string; password: string; key: string; auth: { authorization: string } };

async function withKey(userId: string, email: string): Promise<TestUser> {
  const ctx = (await loadPrincipal(userId, "api_key"))!;
  const { key } = await createApiKey({ ctx, input: { name: "tests" } });
  return { ctx, email, password: PASSWORD, key, auth: { authorization: `Bearer ${key}` } };
}

/** A new workspace with its admin, created through the sign-up verb, plus an API key for the admin. */
export async function newWorkspace(label = "Acme"): Promise<TestUser> {
  const email = `${label.toLowerCase().replace(/\W/g, "")}-${randomUUID().slice(0, 8)}@example.test`;
  const { user } = await createWorkspace({ input: { tenantName: label, name: `${label} Admin`, email, password: PASSWORD } });
  return withKey(user.id, email);
}

/** Another user in `owner`'s workspace, with an API key. */
export async function addUser(owner: TestUser, role: UserRole, name = `${role} user`): Promise<TestUser> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
  const user = await insertUser(db, { tenantId: owner.ctx.tenantId, email, name, password: PASSWORD, role });
  return withKey(user.id, email);
}

type Handler = (req: NextRequest, segment: { params: Promise<never> }) => Promise<Response>;

/** Calls a route handler the way Next does, and decodes its JSON answer. */
export async function call(
  handler: unknown,
  opts: { method?: string; path: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string> },
) {
  const headers: Record<string, string> = { ...(opts.body !== undefined ? { "content-type": "application/json" } : {}), ...opts.headers };
  const req = new NextRequest(new URL(opts.path, "http://localhost:3000"), {
    method: opts.method ?? "GET",
    headers,
    body: opts.rawBody ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
  });
  const res = await (handler as Handler)(req, { params: Promise.resolve(opts.params ?? {}) as Promise<never> });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, headers: res.headers, text, body: body as any };
}
