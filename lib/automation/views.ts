import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { automationRuns, automations, type Automation } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { pendingDelays } from "./queue";

const live = (ctx: Ctx, id: string) => and(eq(automations.id, id), eq(automations.tenantId, ctx.tenantId), sql`not ${automations.isDeleted}`);

/** The only way to load an automation: another workspace's, unknown and malformed ids are "not found". */
export async function getAutomationOrThrow(tx: DbOrTx, ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<Automation> {
  if (!isUuid(id)) throw notFound("Automation");
  const q = tx.select().from(automations).where(live(ctx, id)).limit(1);
  const [row] = opts.lock ? await q.for("update") : await q;
  if (!row) throw notFound("Automation");
  return row;
}

export type AutomationStats = { runCount: number; errorCount: number; lastRunAt: Date | null; lastRunStatus: string | null; delayedCount: number };

/** Run count, failures, last run and pending delays per automation, in two queries. */
export async function automationStats(tx: DbOrTx, ctx: Ctx, ids: string[]): Promise<Map<string, AutomationStats>> {
  const out = new Map<string, AutomationStats>(ids.map((id) => [id, { runCount: 0, errorCount: 0, lastRunAt: null, lastRunStatus: null, delayedCount: 0 }]));
  if (ids.length === 0) return out;
  const runs = await tx
    .select({
      automationId: automationRuns.automationId,
      runCount: sql<number>`count(*)::int`,
      errorCount: sql<number>`(count(*) filter (where ${automationRuns.status} = 'failed'))::int`,
      lastRunAt: sql<string | null>`max(${automationRuns.startedAt})`,
      lastRunStatus: sql<string | null>`(array_agg(${automationRuns.status} order by ${automationRuns.startedAt} desc))[1]`,
    })
    .from(automationRuns)
    .where(and(eq(automationRuns.tenantId, ctx.tenantId), inArray(automationRuns.automationId, ids), eq(automationRuns.isTest, false)))
    .groupBy(automationRuns.automationId);
  for (const r of runs) {
    Object.assign(out.get(r.automationId)!, { runCount: r.runCount, errorCount: r.errorCount, lastRunAt: r.lastRunAt ? new Date(r.lastRunAt) : null, lastRunStatus: r.lastRunStatus });
  }
  for (const [automationId, n] of await pendingDelays(tx, ctx.tenantId, ids)) {
    const s = out.get(automationId);
    if (s) s.delayedCount = n;
  }
  return out;
}

export type AutomationView = Automation & { stats: AutomationStats };

export async function getAutomationView(tx: DbOrTx, ctx: Ctx, id: string): Promise<AutomationView> {
  const row = await getAutomationOrThrow(tx, ctx, id);
  const stats = await automationStats(tx, ctx, [id]);
  return { ...row, stats: stats.get(id)! };
}

export async function listAutomationViews(tx: DbOrTx, ctx: Ctx): Promise<AutomationView[]> {
  const rows = await tx
    .select()
    .from(automations)
    .where(and(eq(automations.tenantId, ctx.tenantId), sql`not ${automations.isDeleted}`))
    .orderBy(desc(automations.createdAt))
    .limit(1000);
  const stats = await automationStats(tx, ctx, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, stats: stats.get(r.id)! }));
}
