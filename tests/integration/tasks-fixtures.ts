import { and, eq, sql } from "drizzle-orm";
import * as coneCollection from "@/app/api/task/route";
import * as coneItem from "@/app/api/task/[task]/route";
import * as collection from "@/app/api/tasks/route";
import * as item from "@/app/api/tasks/[id]/route";
import * as completeRoute from "@/app/api/tasks/[id]/complete/route";
import * as reopenRoute from "@/app/api/tasks/[id]/reopen/route";
import { db } from "@/db/client";
import { activities, tasks } from "@/db/schema";
import { createAccount } from "@/lib/accounts/create";
import { createDeal } from "@/lib/deals/create";
import { call, type TestUser } from "../helpers";

/** Shared by the tasks*.test.ts files: calls of every task endpoint, and records the tests own. */

export const MISSING_ID = "018f0000-0000-7000-8000-000000000000";

export const coneCreate = (user: TestUser | null, body: unknown) => call(coneCollection.POST, { method: "POST", path: "/api/task", body, headers: user?.auth });
export const conePatch = (user: TestUser | null, id: string, body: unknown) =>
  call(coneItem.PATCH, { method: "PATCH", path: `/api/task/${id}`, body, params: { task: id }, headers: user?.auth });
export const coneDelete = (user: TestUser | null, id: string) => call(coneItem.DELETE, { method: "DELETE", path: `/api/task/${id}`, params: { task: id }, headers: user?.auth });

export const restCreate = (user: TestUser | null, body: unknown) => call(collection.POST, { method: "POST", path: "/api/tasks", body, headers: user?.auth });
export const restList = (user: TestUser | null, query = "") => call(collection.GET, { path: `/api/tasks${query}`, headers: user?.auth });
export const restGet = (user: TestUser | null, id: string) => call(item.GET, { path: `/api/tasks/${id}`, params: { id }, headers: user?.auth });
export const restPatch = (user: TestUser | null, id: string, body: unknown) =>
  call(item.PATCH, { method: "PATCH", path: `/api/tasks/${id}`, body, params: { id }, headers: user?.auth });
export const restDelete = (user: TestUser | null, id: string) => call(item.DELETE, { method: "DELETE", path: `/api/tasks/${id}`, params: { id }, headers: user?.auth });
export const complete = (user: TestUser | null, id: string) =>
  call(completeRoute.POST, { method: "POST", path: `/api/tasks/${id}/complete`, params: { id }, headers: user?.auth });
export const reopen = (user: TestUser | null, id: string) => call(reopenRoute.POST, { method: "POST", path: `/api/tasks/${id}/reopen`, params: { id }, headers: user?.auth });

export const countTasks = async (tenantId: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(tasks).where(eq(tasks.tenantId, tenantId)))[0]!.n;

export const timeline = (recordId: string) =>
  db.select().from(activities).where(eq(activities.recordId, recordId)).orderBy(activities.at, activities.id);

export const timelineOf = (tenantId: string, recordId: string) =>
  db.select().from(activities).where(and(eq(activities.tenantId, tenantId), eq(activities.recordId, recordId)));

/** An account with one contact, and a deal on that contact: what a task links to. */
export async function linkTargets(user: TestUser, label = "Atlas") {
  const email = `${label.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const account = await createAccount({ ctx: user.ctx, input: { name: `${label} SA`, primaryContact: { firstName: "Léa", lastName: "Martin", primaryEmail: email } } });
  const deal = await createDeal({ ctx: user.ctx, input: { name: `${label} renewal`, contact_email: email } });
  return { accountId: account.id, contactId: account.primaryContact!.id, dealId: deal.id };
}
