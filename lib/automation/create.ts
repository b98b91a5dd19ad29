import { db } from "@/db/client";
import { automations } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { invalidField } from "@/lib/errors";
import { assertOrgRefs } from "@/lib/org/assert-refs";
import { parseInput } from "@/lib/validation";
import { checkSave } from "./save";
import { syncSchedule } from "./schedule";
import { CreateAutomation } from "./schemas";
import { getAutomationView, type AutomationView } from "./views";

export const AUTOMATION_EDITORS = ["ADMIN", "MANAGER"] as const;

/** POST /api/automation: a draft, or an active automation when its graph is valid. */
export async function createAutomation({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<AutomationView> {
  requireRole(ctx, AUTOMATION_EDITORS, "manage automations");
  const data = parseInput(CreateAutomation, input);
  return db.transaction(async (tx) => {
    if (data.franchise) {
      await assertOrgRefs(tx, ctx, { franchiseId: data.franchise }).catch(() => {
        throw invalidField("franchise", "no such franchise");
      });
    }
    const isActive = data.isActive ?? false;
    await checkSave(tx, ctx, { automationTrigger: data.automationTrigger, isActive, graph: data });
    const [row] = await tx
      .insert(automations)
      .values({
        tenantId: ctx.tenantId,
        name: data.name,
        automationTrigger: data.automationTrigger,
        nodes: data.nodes,
        edges: data.edges,
        franchiseId: data.franchise ?? null,
        isActive,
        createdBy: ctx.userId,
      })
      .returning();
    await syncSchedule(tx, row!);
    return getAutomationView(tx, ctx, row!.id);
  });
}
