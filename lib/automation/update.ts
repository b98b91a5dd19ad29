import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { automations } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { invalidField } from "@/lib/errors";
import { assertOrgRefs } from "@/lib/org/assert-refs";
import { parseInput } from "@/lib/validation";
import { AUTOMATION_EDITORS } from "./create";
import { graphTrigger } from "./graph";
import { checkSave } from "./save";
import { syncSchedule } from "./schedule";
import { UpdateAutomation } from "./schemas";
import { getAutomationOrThrow, getAutomationView, type AutomationView } from "./views";

/**
 * PATCH /api/automation/{automation}: the fields given change. When only the graph changes, the
 * automation's trigger follows its trigger node. Each save increments `revision`; runs in flight keep
 * the graph they started with.
 */
export async function updateAutomation({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<AutomationView> {
  requireRole(ctx, AUTOMATION_EDITORS, "manage automations");
  const data = parseInput(UpdateAutomation, input);
  return db.transaction(async (tx) => {
    const before = await getAutomationOrThrow(tx, ctx, id, { lock: true });
    if (data.franchise) {
      await assertOrgRefs(tx, ctx, { franchiseId: data.franchise }).catch(() => {
        throw invalidField("franchise", "no such franchise");
      });
    }
    const graph = { nodes: data.nodes ?? (before.nodes as never[]), edges: data.edges ?? (before.edges as never[]) };
    const automationTrigger = data.automationTrigger ?? graphTrigger(graph)?.trigger ?? before.automationTrigger;
    const isActive = data.isActive ?? before.isActive;
    await checkSave(tx, ctx, { automationTrigger, isActive, graph });
    const [row] = await tx
      .update(automations)
      .set({
        name: data.name,
        automationTrigger,
        nodes: data.nodes,
        edges: data.edges,
        franchiseId: data.franchise,
        isActive,
        revision: sql`${automations.revision} + 1`,
        modifiedAt: new Date(),
        modifiedBy: ctx.userId,
      })
      .where(eq(automations.id, id))
      .returning();
    await syncSchedule(tx, row!);
    return getAutomationView(tx, ctx, id);
  });
}
