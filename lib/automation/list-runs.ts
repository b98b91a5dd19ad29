import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { automationRunSteps, automationRuns, type AutomationRun, type AutomationRunStep } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { ListRunsQuery } from "./schemas";
import { getAutomationOrThrow } from "./views";

export type RunView = AutomationRun & { steps: AutomationRunStep[] };

/** GET /api/automation/{id}/runs: the automation's runs, newest first, each with its steps in order. */
export async function listRuns({ ctx, id, query }: { ctx: Ctx; id: string; query: unknown }): Promise<RunView[]> {
  const q = parseInput(ListRunsQuery, query);
  await getAutomationOrThrow(db, ctx, id);
  const runs = await db
    .select()
    .from(automationRuns)
    .where(and(eq(automationRuns.tenantId, ctx.tenantId), eq(automationRuns.automationId, id), q.status ? eq(automationRuns.status, q.status) : undefined))
    .orderBy(desc(automationRuns.startedAt), desc(automationRuns.id))
    .limit(q.limit);
  if (runs.length === 0) return [];
  const steps = await db
    .select()
    .from(automationRunSteps)
    .where(and(eq(automationRunSteps.tenantId, ctx.tenantId), inArray(automationRunSteps.runId, runs.map((r) => r.id))))
    .orderBy(asc(automationRunSteps.at), asc(automationRunSteps.id));
  return runs.map((r) => ({ ...r, steps: steps.filter((s) => s.runId === r.id) }));
}
