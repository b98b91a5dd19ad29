import { and, asc, eq } from "drizzle-orm";
import * as collection from "@/app/api/automation/route";
import * as item from "@/app/api/automation/[automation]/route";
import { db } from "@/db/client";
import { stages, type Stage } from "@/db/schema";
import { call, type TestUser } from "../helpers";

export const MISSING_ID = "018f0000-0000-7000-8000-000000000000";

export const createAutomation = (user: TestUser, body: unknown) => call(collection.POST, { method: "POST", path: "/api/automation", body, headers: user.auth });
export const patchAutomation = (user: TestUser, id: string, body: unknown) =>
  call(item.PATCH, { method: "PATCH", path: `/api/automation/${id}`, body, params: { automation: id }, headers: user.auth });
export const getAutomation = (user: TestUser, id: string) => call(item.GET, { path: `/api/automation/${id}`, params: { automation: id }, headers: user.auth });

export async function stagesOf(user: TestUser): Promise<Record<string, Stage>> {
  const rows = await db.select().from(stages).where(and(eq(stages.tenantId, user.ctx.tenantId))).orderBy(asc(stages.position));
  return Object.fromEntries(rows.map((s) => [s.key, s]));
}

const pos = { x: 0, y: 0 };

/** "When a deal moves to <stage> [and amount > min], create a CALL task for the owner due in 24 h." */
export function stageTaskGraph(toStageId: string, opts: { minAmount?: number; title?: string } = {}) {
  const nodes: unknown[] = [
    { id: "t", type: "trigger", position: pos, data: { trigger: "deal.stage_changed", config: { toStageId } } },
    { id: "a", type: "action", position: { x: 0, y: 200 }, data: { action: "create_task", config: { title: opts.title ?? "Call {{deal.name}}", type: "CALL", dueInHours: 24, assignee: "owner" } } },
  ];
  const edges: unknown[] = [];
  if (opts.minAmount !== undefined) {
    nodes.push({ id: "c", type: "condition", position: { x: 0, y: 100 }, data: { query: { combinator: "and", rules: [{ field: "amount", operator: ">", value: opts.minAmount }] } } });
    edges.push({ id: "e1", source: "t", target: "c" }, { id: "e2", source: "c", target: "a", sourceHandle: "true" });
  } else {
    edges.push({ id: "e1", source: "t", target: "a" });
  }
  return { name: "Stage → task", automationTrigger: "deal.stage_changed", nodes, edges, delayedAutomationsCount: 0 };
}
