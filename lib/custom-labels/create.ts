import { db } from "@/db/client";
import { customLabels } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { CustomLabelInput } from "./schemas";
import { getLabelView, type CustomLabelView } from "./views";

/** Adds a label map to the workspace (admins only). */
export async function createCustomLabel({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<CustomLabelView> {
  requireRole(ctx, ["ADMIN"], "manage custom labels");
  const { value } = parseInput(CustomLabelInput, input);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(customLabels).values({ tenantId: ctx.tenantId, value, createdBy: ctx.userId }).returning({ id: customLabels.id });
    return getLabelView(tx, ctx, row!.id);
  });
}
