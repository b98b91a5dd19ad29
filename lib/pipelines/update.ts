import { and, asc, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { pipelines } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { invalidField } from "@/lib/errors";
import { lockPipeline } from "@/lib/stages/ordering";
import { parseInput } from "@/lib/validation";
import { UpdatePipeline } from "./schemas";
import { getPipelineView, type PipelineView } from "./views";

/**
 * Renames a pipeline, moves it in the list, or makes it the default (managers and admins). The default
 * is moved, never removed: `isDefault: false` on the default pipeline is a 400.
 */
export async function updatePipeline({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<PipelineView> {
  requireRole(ctx, ["ADMIN", "MANAGER"], "manage pipelines");
  const data = parseInput(UpdatePipeline, input);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pipelines:${ctx.tenantId}`}))`);
    const before = await lockPipeline(tx, ctx, id, null);
    if (data.isDefault === false && before.isDefault) throw invalidField("isDefault", "make another pipeline the default instead");
    if (data.isDefault && !before.isDefault) {
      await tx.update(pipelines).set({ isDefault: false }).where(and(eq(pipelines.tenantId, ctx.tenantId), eq(pipelines.isDefault, true)));
    }
    await tx
      .update(pipelines)
      .set({ name: data.name, isDefault: data.isDefault || before.isDefault, modifiedAt: new Date(), modifiedBy: ctx.userId })
      .where(eq(pipelines.id, id));
    if (data.position !== undefined) {
      const others = await tx
        .select({ id: pipelines.id })
        .from(pipelines)
        .where(and(eq(pipelines.tenantId, ctx.tenantId), sql`not ${pipelines.isDeleted}`, ne(pipelines.id, id)))
        .orderBy(asc(pipelines.position), asc(pipelines.createdAt), asc(pipelines.id));
      const ids = others.map((o) => o.id);
      ids.splice(Math.min(data.position, ids.length), 0, id);
      for (const [position, pid] of ids.entries()) await tx.update(pipelines).set({ position }).where(eq(pipelines.id, pid));
    }
    return getPipelineView(tx, ctx, id);
  });
}
