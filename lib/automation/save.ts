import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { stages, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { AppError, invalidField } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { conditionIssues } from "./conditions";
import { delayFieldIssues } from "./delays";
import { graphTrigger, validateGraph, type Graph, type GraphIssue } from "./graph";

/** Stage and user ids a graph names, with where it names them. */
function references(graph: Graph): { stages: [string, string][]; users: [string, string][] } {
  const out = { stages: [] as [string, string][], users: [] as [string, string][] };
  graph.nodes.forEach((n, i) => {
    const d = n.data as { config?: Record<string, unknown> };
    const c = d.config ?? {};
    const path = `nodes[${i}].data.config`;
    for (const key of ["fromStageId", "toStageId", "stageId"] as const) if (typeof c[key] === "string" && c[key]) out.stages.push([c[key] as string, `${path}.${key}`]);
    if (typeof c.userId === "string") out.users.push([c.userId, `${path}.userId`]);
    if (Array.isArray(c.userIds)) c.userIds.forEach((u, j) => typeof u === "string" && out.users.push([u, `${path}.userIds[${j}]`]));
    if (typeof c.assignee === "string" && c.assignee !== "owner") out.users.push([c.assignee, `${path}.assignee`]);
  });
  return out;
}

/** Problems with the ids a graph names: stages and users must exist in the workspace. */
export async function referenceIssues(tx: DbOrTx, ctx: Ctx, graph: Graph): Promise<GraphIssue[]> {
  const refs = references(graph);
  const issues: GraphIssue[] = [];
  const stageIds = refs.stages.map(([id]) => id).filter(isUuid);
  const userIds = refs.users.map(([id]) => id).filter(isUuid);
  const okStages = new Set(
    stageIds.length
      ? (await tx.select({ id: stages.id }).from(stages).where(and(eq(stages.tenantId, ctx.tenantId), inArray(stages.id, stageIds), sql`not ${stages.isDeleted}`))).map((r) => r.id)
      : [],
  );
  const okUsers = new Set(
    userIds.length
      ? (await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, ctx.tenantId), inArray(users.id, userIds), eq(users.isActive, true), sql`not ${users.isDeleted}`))).map((r) => r.id)
      : [],
  );
  for (const [id, path] of refs.stages) if (!okStages.has(id)) issues.push({ code: "unknown_stage", message: `${path}: no such stage`, path });
  for (const [id, path] of refs.users) if (!okUsers.has(id)) issues.push({ code: "unknown_user", message: `${path}: no such user`, path });
  return issues;
}

/**
 * Every reason a graph cannot run in this workspace: its structure and settings (validateGraph, as the
 * editor shows them live), the stages and users it names, and its condition queries checked against
 * the query registry (only where their shape is already valid, so a problem is reported once), and
 * the date fields its delays wait for.
 */
export async function graphIssues(tx: DbOrTx, ctx: Ctx, graph: Graph): Promise<GraphIssue[]> {
  const structural = validateGraph(graph);
  const flawed = new Set(structural.map((i) => i.nodeId).filter((id): id is string => !!id));
  return [...structural, ...(await referenceIssues(tx, ctx, graph)), ...(await conditionIssues(tx, ctx, graph, flawed)), ...(await delayFieldIssues(tx, ctx, graph))];
}

/**
 * The rules every save applies: the trigger node (if any) and `automationTrigger` agree; activation
 * needs a graph without issues. A draft (inactive) may be incomplete.
 */
export async function checkSave(tx: DbOrTx, ctx: Ctx, a: { automationTrigger: string; isActive: boolean; graph: Graph }): Promise<void> {
  const trigger = graphTrigger(a.graph);
  if (trigger && trigger.trigger !== a.automationTrigger) {
    throw invalidField("automationTrigger", `must equal the trigger node's trigger (${trigger.trigger})`);
  }
  if (!a.isActive) return;
  const issues = await graphIssues(tx, ctx, a.graph);
  if (issues.length === 0) return;
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path] ??= issue.message.slice(issue.message.indexOf(": ") + 2 || 0);
  throw new AppError("validation", `Cannot activate an invalid automation: ${issues[0]!.message}`, { fields: { isActive: `the graph has ${issues.length} problem(s)`, ...fields } });
}
