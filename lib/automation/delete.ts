import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { automationRuns, automations } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AUTOMATION_EDITORS } from "./create";
import { cancelRunJobs } from "./queue";
import { getAutomationOrThrow } from "./views";

/**
 * DELETE /api/automation/{automation}: a soft delete. Its runs stay readable; runs still waiting on a
 * delay are cancelled (marked failed, "automation deleted") and its schedule stops.
 */
export async function deleteAutomation({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireRole(ctx, AUTOMATION_EDITORS, "manage automations");
  await db.transaction(async (tx) => {
    await getAutomationOrThrow(tx, ctx, id, { lock: true });
    const now = new Date();
    await tx.update(automations).set({ isDeleted: true, isActive: false, deletedAt: now, deletedBy: ctx.userId, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(automations.id, id));
    const open = await tx
      .update(automationRuns)
      .set({ status: "failed", finishedAt: now, error: "automation deleted" })
      .where(and(eq(automationRuns.automationId, id), inArray(automationRuns.status, ["running", "waiting"])))
      .returning({ id: automationRuns.id });
    await cancelRunJobs(tx, open.map((r) => r.id));
  });
}
