import { and, asc, eq, sql } from "drizzle-orm";
import * as collection from "@/app/api/deals/route";
import * as item from "@/app/api/deals/[id]/route";
import * as attachRoute from "@/app/api/deals/[id]/attach-contacts/route";
import * as detachRoute from "@/app/api/deals/[id]/detach-contact/route";
import * as publicRoute from "@/app/api/public/deals/[id]/route";
import { db } from "@/db/client";
import { activities, contacts, dealContacts, deals, pipelines, stages, type Stage } from "@/db/schema";
import { findOrCreateContact } from "@/lib/contacts/resolve-refs";
import { ContactRef } from "@/lib/contacts/schemas";
import { call, type TestUser } from "../helpers";

/** Shared by the deals*.test.ts files: calls of every deal endpoint, and data the tests own. */

export const ISO6 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
export const MISSING_ID = "018f0000-0000-7000-8000-000000000000";

export const createDeal = (user: TestUser | null, body: unknown, headers: Record<string, string> = {}) =>
  call(collection.POST, { method: "POST", path: "/api/deals", body, headers: { ...user?.auth, ...headers } });
export const getDeal = (user: TestUser | null, id: string) => call(item.GET, { path: `/api/deals/${id}`, params: { id }, headers: user?.auth });
export const patchDeal = (user: TestUser | null, id: string, body: unknown) =>
  call(item.PATCH, { method: "PATCH", path: `/api/deals/${id}`, body, params: { id }, headers: user?.auth });
export const attach = (user: TestUser | null, id: string, body: unknown) =>
  call(attachRoute.POST, { method: "POST", path: `/api/deals/${id}/attach-contacts`, body, params: { id }, headers: user?.auth });
export const detach = (user: TestUser | null, id: string, body: unknown) =>
  call(detachRoute.POST, { method: "POST", path: `/api/deals/${id}/detach-contact`, body, params: { id }, headers: user?.auth });

type Method = "PATCH" | "PUT" | "POST";
/** Document 001's update at /api/public/deals/{id}/ (trailing slash), as JSON or as a form. */
export function publicUpdate(user: TestUser | null, id: string, body: Record<string, unknown>, opts: { method?: Method; form?: boolean; headers?: Record<string, string> } = {}) {
  const method = opts.method ?? "POST";
  const handler = publicRoute[method];
  const path = `/api/public/deals/${id}/`;
  if (opts.form) {
    const rawBody = new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])).toString();
    return call(handler, { method, path, rawBody, params: { id }, headers: { ...user?.auth, "content-type": "application/x-www-form-urlencoded", ...opts.headers } });
  }
  return call(handler, { method, path, body, params: { id }, headers: { ...user?.auth, ...opts.headers } });
}
export const publicGet = (user: TestUser | null, id: string, headers?: Record<string, string>) =>
  call(publicRoute.GET, { path: `/api/public/deals/${id}/`, params: { id }, headers: headers ?? user?.auth });

/** A minimal valid body of POST /api/deals. */
export const dealBody = (over: Record<string, unknown> = {}) => ({
  name: "Partenariat 2024",
  amount: 15000,
  contact_email: `sophie-${Math.random().toString(36).slice(2, 10)}@example.test`,
  contact_first_name: "Sophie",
  contact_last_name: "Martin",
  ...over,
});

/** Creates a deal through the API and returns its id. */
export async function newDeal(user: TestUser, over: Record<string, unknown> = {}): Promise<string> {
  const res = await createDeal(user, dealBody(over));
  if (res.status !== 201) throw new Error(`createDeal failed: ${res.status} ${res.text}`);
  return res.body.data.uuid as string;
}

/** A contact of the user's workspace, created by the same verb the API uses. */
export async function newContact(user: TestUser, firstName: string, primaryEmail = `${firstName.toLowerCase()}-${Math.random().toString(36).slice(2, 10)}@example.test`) {
  const { id: _none, ...fields } = ContactRef.parse({ firstName, lastName: "Test", primaryEmail, mobilePhone: "+33 6 00 00 00 00" });
  return (await db.transaction((tx) => findOrCreateContact(tx, user.ctx, fields))).id;
}

/** The stages of the workspace's default "Sales" pipeline, by key. */
export async function salesStages(user: TestUser): Promise<Record<string, Stage>> {
  const rows = await db
    .select({ stage: stages })
    .from(stages)
    .innerJoin(pipelines, eq(pipelines.id, stages.pipelineId))
    .where(and(eq(stages.tenantId, user.ctx.tenantId), eq(pipelines.isDefault, true)))
    .orderBy(asc(stages.position));
  return Object.fromEntries(rows.map((r) => [r.stage.key, r.stage]));
}

/** A second pipeline with three stages (there is no pipeline API yet, so it is written directly). */
export async function newPipeline(user: TestUser, name = "Partners") {
  const [pipeline] = await db.insert(pipelines).values({ tenantId: user.ctx.tenantId, name, position: 1 }).returning();
  const rows = await db
    .insert(stages)
    .values(
      [
        { name: "Intro", key: "intro", probability: 5, kind: "open" as const },
        { name: "Signed", key: "signed", probability: 100, kind: "won" as const },
        { name: "Dropped", key: "dropped", probability: 0, kind: "lost" as const },
      ].map((s, position) => ({ ...s, tenantId: user.ctx.tenantId, pipelineId: pipeline!.id, position })),
    )
    .returning();
  return { pipeline: pipeline!, intro: rows[0]!, signed: rows[1]!, dropped: rows[2]! };
}

export const dealRow = async (id: string) => (await db.select().from(deals).where(eq(deals.id, id)))[0]!;
export const dealActivities = (id: string) => db.select().from(activities).where(eq(activities.recordId, id)).orderBy(asc(activities.at), asc(activities.id));

/** Row counts of everything a deal write touches in a workspace, to prove that a failed request wrote nothing. */
export async function counts(tenantId: string) {
  const n = async (table: typeof deals | typeof contacts | typeof dealContacts | typeof activities) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.tenantId, tenantId)))[0]!.n;
  return { deals: await n(deals), contacts: await n(contacts), dealContacts: await n(dealContacts), activities: await n(activities) };
}
