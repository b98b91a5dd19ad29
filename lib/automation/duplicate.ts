import { db } from "@/db/client";
import { automations } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AUTOMATION_EDITORS } from "./create";
import { getAutomationOrThrow, getAutomationView, type AutomationView } from "./views";

/** POST /api/automation/{automation}/duplicate: an inactive copy named "<name> (copy)", with its own webhook secret. */
export async function duplicateAutomation({ ctx, id }: { ctx: Ctx; id: string }): Promise<AutomationView> {
  requireRole(ctx, AUTOMATION_EDITORS, "manage automations");
  return db.transaction(async (tx) => {
    const src = await getAutomationOrThrow(tx, ctx, id);
    const [row] = await tx
      .insert(automations)
      .values({
        tenantId: ctx.tenantId,
        franchiseId: src.franchiseId,
        name: `${src.name} (copy)`.slice(0, 255),
        automationTrigger: src.automationTrigger,
        nodes: src.nodes,
        edges: src.edges,
        graphVersion: src.graphVersion,
        isActive: false,
        createdBy: ctx.userId,
      })
      .returning({ id: automations.id });
    return getAutomationView(tx, ctx, row!.id);
  });
}
