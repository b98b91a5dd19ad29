import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { pipelines, stages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { invalidField } from "@/lib/errors";
import { keyFromName } from "@/lib/stages/schemas";
import { parseInput } from "@/lib/validation";
import { DEFAULT_STAGES } from "./defaults";
import { CreatePipeline } from "./schemas";
import { getPipelineView, type PipelineView } from "./views";

/** Creates a pipeline with its stages (managers and admins), last in order, default if asked. */
export async function createPipeline({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<PipelineView> {
  requireRole(ctx, ["ADMIN", "MANAGER"], "manage pipelines");
  const data = parseInput(CreatePipeline, input);
  const template = data.stages ?? DEFAULT_STAGES;
  if (!template.some((s) => (s.kind ?? "open") === "open")) throw invalidField("stages", "must include at least one open stage");
  const keys = new Set<string>();
  const rows = template.map((s, i) => {
    let key = s.key ?? keyFromName(s.name);
    if (keys.has(key)) {
      if (s.key) throw invalidField(`stages[${i}].key`, "appears twice");
      let n = 2;
      while (keys.has(`${key}_${n}`)) n++;
      key = `${key}_${n}`;
    }
    keys.add(key);
    const kind = s.kind ?? "open";
    return { name: s.name, key, color: s.color ?? "#64748b", probability: s.probability ?? (kind === "won" ? 100 : 0), kind, position: i };
  });
  return db.transaction(async (tx) => {
    // Serialises creations per workspace, so that positions and the default flag stay consistent.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pipelines:${ctx.tenantId}`}))`);
    const [{ n: position }] = (await tx
      .select({ n: sql<number>`coalesce(max(${pipelines.position}) + 1, 0)::int` })
      .from(pipelines)
      .where(and(eq(pipelines.tenantId, ctx.tenantId), sql`not ${pipelines.isDeleted}`))) as [{ n: number }];
    if (data.isDefault) await tx.update(pipelines).set({ isDefault: false }).where(and(eq(pipelines.tenantId, ctx.tenantId), eq(pipelines.isDefault, true)));
    const [hasDefault] = await tx.select({ id: pipelines.id }).from(pipelines).where(and(eq(pipelines.tenantId, ctx.tenantId), eq(pipelines.isDefault, true), sql`not ${pipelines.isDeleted}`)).limit(1);
    const [pipeline] = await tx
      .insert(pipelines)
      .values({ tenantId: ctx.tenantId, name: data.name, isDefault: data.isDefault ?? !hasDefault, position, createdBy: ctx.userId })
      .returning({ id: pipelines.id });
    await tx.insert(stages).values(rows.map((s) => ({ ...s, tenantId: ctx.tenantId, pipelineId: pipeline!.id, createdBy: ctx.userId })));
    return getPipelineView(tx, ctx, pipeline!.id);
  });
}
