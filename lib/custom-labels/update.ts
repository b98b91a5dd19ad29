import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customLabels } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { CustomLabelInput } from "./schemas";
import { getLabelOrThrow, getLabelView, type CustomLabelView } from "./views";

/** Replaces a label map (admins only). */
export async function updateCustomLabel({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<CustomLabelView> {
  requireRole(ctx, ["ADMIN"], "manage custom labels");
  const { value } = parseInput(CustomLabelInput, input);
  return db.transaction(async (tx) => {
    await getLabelOrThrow(tx, ctx, id);
    await tx.update(customLabels).set({ value, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(customLabels.id, id));
    return getLabelView(tx, ctx, id);
  });
}
