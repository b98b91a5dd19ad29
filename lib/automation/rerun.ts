import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { automationRuns } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { DomainEvent } from "@/lib/events/types";
import { isUuid } from "@/lib/ids";
import { AUTOMATION_EDITORS } from "./create";
import { startRun } from "./engine";
import { validateGraph, type Graph } from "./graph";
import type { RunView } from "./list-runs";
import { getAutomationOrThrow } from "./views";

/**
 * POST /api/automation/{automation}/runs/{run}/rerun: a new run on the same event and record with the
 * automation's current graph (so a fixed automation can be retried). The new run names the old one.
 */
export async function rerun({ ctx, id, runId }: { ctx: Ctx; id: string; runId: string }): Promise<RunView> {
  requireRole(ctx, AUTOMATION_EDITORS, "re-run automations");
  return db.transaction(async (tx) => {
    const a = await getAutomationOrThrow(tx, ctx, id);
    if (!isUuid(runId)) throw notFound("Run");
    const [old] = await tx.select().from(automationRuns).where(and(eq(automationRuns.id, runId), eq(automationRuns.automationId, a.id), eq(automationRuns.tenantId, ctx.tenantId)));
    if (!old) throw notFound("Run");
    const issues = validateGraph({ nodes: a.nodes, edges: a.edges } as Graph);
    if (issues.length) throw new AppError("validation", `The automation is not valid: ${issues[0]!.message}`, { fields: { [issues[0]!.path]: issues[0]!.message } });
    const event = { ...(old.event as DomainEvent), depth: 0, chain: [], at: new Date().toISOString() };
    const run = await startRun(tx, a, event, { rerunOf: old.id });
    return { ...run, steps: [] };
  });
}
