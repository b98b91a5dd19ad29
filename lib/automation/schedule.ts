import { CronExpressionParser } from "cron-parser";
import type { DbOrTx } from "@/db/client";
import type { Automation } from "@/db/schema";
import { graphTrigger, type Graph } from "./graph";
import { dropScheduleTicks, enqueue } from "./queue";

/** The next time a cron expression fires after `after`, or null when it cannot be parsed. */
export function nextCronTime(cron: string, after: Date, tz?: string): Date | null {
  try {
    return CronExpressionParser.parse(cron, { currentDate: after, tz: tz || "UTC" }).next().toDate();
  } catch {
    return null;
  }
}

/**
 * Keeps the one pending tick of a schedule-triggered automation in step with it: any pending tick is
 * deleted, and when the automation is active with a valid cron, the next tick is queued. The key (the
 * job's id) makes the tick unique, so two processes saving or ticking at once never double it.
 */
export async function syncSchedule(tx: DbOrTx, a: Automation, after = new Date()): Promise<void> {
  await dropScheduleTicks(tx, a.tenantId, a.id);
  if (!a.isActive || a.isDeleted || a.automationTrigger !== "schedule") return;
  const trigger = graphTrigger({ nodes: a.nodes, edges: a.edges } as Graph);
  const cron = trigger?.config.cron;
  if (!cron) return;
  const at = nextCronTime(cron, after, trigger.config.timezone);
  if (!at) return;
  await enqueue(tx, [
    { tenantId: a.tenantId, kind: "schedule", key: `schedule:${a.id}:${at.toISOString()}`, runAt: at, payload: { automationId: a.id, revision: a.revision, at: at.toISOString() } },
  ]);
}
