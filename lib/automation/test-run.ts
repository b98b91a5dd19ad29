import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { automationRunSteps, automationRuns } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AppError, invalidField } from "@/lib/errors";
import type { DomainEvent } from "@/lib/events/types";
import { parseInput } from "@/lib/validation";
import { triggerRecordType } from "./catalog";
import { AUTOMATION_EDITORS } from "./create";
import { executeNode, startRun } from "./engine";
import { validateGraph, type Graph, type GraphNode } from "./graph";
import { listRuns, type RunView } from "./list-runs";
import { loadRecord } from "./record";
import { TestRun } from "./schemas";
import { getAutomationOrThrow } from "./views";

/**
 * POST /api/automation/{automation}/test-run: runs the automation's current graph against a chosen record.
 * By default a dry run: conditions are evaluated, delays and actions report what they would do, and
 * nothing changes; the run is kept (isTest) so the editor can show its steps. With `dryRun: false`
 * it starts a real run through the queue.
 */
export async function testRun({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<RunView> {
  requireRole(ctx, AUTOMATION_EDITORS, "test automations");
  const data = parseInput(TestRun, input);
  const runId = await db.transaction(async (tx) => {
    const a = await getAutomationOrThrow(tx, ctx, id);
    const graph = { nodes: a.nodes, edges: a.edges } as Graph;
    const issues = validateGraph(graph);
    if (issues.length) throw new AppError("validation", `The automation is not valid yet: ${issues[0]!.message}`, { fields: { [issues[0]!.path]: issues[0]!.message } });
    const type = triggerRecordType(a.automationTrigger);
    if (type && !data.recordId) throw invalidField("recordId", `is required: pick the ${type} to test with`);
    if (type && !(await loadRecord(tx, ctx.tenantId, type, data.recordId!))) throw invalidField("recordId", `no such ${type}`);
    const event: DomainEvent = { name: a.automationTrigger as DomainEvent["name"], tenantId: ctx.tenantId, record: type ? { type, id: data.recordId! } : null, actorId: ctx.userId, data: { test: true }, depth: 0, chain: [], at: new Date().toISOString() };
    if (!data.dryRun) return (await startRun(tx, a, event)).id;

    const [run] = await tx.insert(automationRuns).values({ tenantId: ctx.tenantId, automationId: a.id, recordType: event.record?.type ?? null, recordId: event.record?.id ?? null, event: event as never, graph, isTest: true }).returning();
    const queue: GraphNode[] = graph.nodes.filter((n) => n.type === "trigger");
    const done = new Set<string>();
    let error: string | null = null;
    while (queue.length && !error) {
      const node = queue.shift()!;
      if (done.has(node.id)) continue;
      done.add(node.id);
      try {
        const { next } = await tx.transaction((sp) => executeNode(sp, { a, run: run!, node, attempt: 1, dryRun: true }));
        queue.push(...next);
      } catch (e) {
        error = `${node.id}: ${e instanceof Error ? e.message : String(e)}`;
        await tx.insert(automationRunSteps).values({ tenantId: ctx.tenantId, runId: run!.id, nodeId: node.id, status: "failed", error, attempt: 1 });
      }
    }
    await tx.update(automationRuns).set({ status: error ? "failed" : "succeeded", finishedAt: new Date(), error }).where(eq(automationRuns.id, run!.id));
    return run!.id;
  });
  const runs = await listRuns({ ctx, id, query: { limit: 200 } });
  return runs.find((r) => r.id === runId)!;
}
