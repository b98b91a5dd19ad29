import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { dealContacts, deals } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { assertContacts } from "./refs";
import { AttachContacts } from "./schemas";
import { getDealOrThrow, getDealView, type DealView } from "./views";

/**
 * POST /api/deals/{id}/attach-contacts (document 000). Idempotent: a contact already attached stays
 * attached, once. Every id must be a contact of the workspace, otherwise nothing is written and the 400
 * names `contact_ids[i]`. A deal without a primary contact gets the first id as its primary contact.
 */
export async function attachContacts({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<DealView> {
  const { contact_ids: ids } = parseInput(AttachContacts, input);
  return db.transaction(async (tx) => {
    const deal = await getDealOrThrow(tx, ctx, id);
    await assertContacts(tx, ctx, ids, (i) => `contact_ids[${i}]`);
    const wanted = [...new Set(ids)];
    const added = await tx
      .insert(dealContacts)
      .values(wanted.map((contactId) => ({ tenantId: ctx.tenantId, dealId: id, contactId, createdBy: ctx.userId })))
      .onConflictDoNothing()
      .returning({ contactId: dealContacts.contactId });
    const primaryContactId = deal.primaryContactId ?? wanted[0]!;
    if (added.length || primaryContactId !== deal.primaryContactId) {
      await tx.update(deals).set({ primaryContactId, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(deals.id, id));
    }
    for (const { contactId } of added) {
      const changes = { contactId: { from: null, to: contactId }, ...(contactId === primaryContactId && !deal.primaryContactId ? { primaryContactId: { from: null, to: contactId } } : {}) };
      await recordActivity(tx, ctx, { entity: "deal", recordId: id, action: "contact_linked", changes });
    }
    return getDealView(tx, ctx, id);
  });
}
