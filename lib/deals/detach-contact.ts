import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contacts, dealContacts, deals } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { assertContacts } from "./refs";
import { DetachContact } from "./schemas";
import { getDealOrThrow, getDealView, type DealView } from "./views";

/**
 * POST /api/deals/{id}/detach-contact (document 000). Idempotent: detaching a contact of the workspace
 * that is not attached changes nothing and answers the deal (a retry must not fail); an id that is no
 * contact of the workspace is a 400 naming `contact_id`. Detaching the primary contact promotes the
 * contact attached the longest, or leaves the deal without a primary contact when none is left.
 */
export async function detachContact({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<DealView> {
  const { contact_id: contactId } = parseInput(DetachContact, input);
  return db.transaction(async (tx) => {
    const deal = await getDealOrThrow(tx, ctx, id);
    await assertContacts(tx, ctx, [contactId], () => "contact_id");
    const removed = await tx
      .delete(dealContacts)
      .where(and(eq(dealContacts.dealId, id), eq(dealContacts.contactId, contactId)))
      .returning({ contactId: dealContacts.contactId });
    const wasPrimary = deal.primaryContactId === contactId;
    if (!removed.length && !wasPrimary) return getDealView(tx, ctx, id);

    let primaryContactId = deal.primaryContactId;
    if (wasPrimary) {
      const [next] = await tx
        .select({ id: dealContacts.contactId })
        .from(dealContacts)
        .innerJoin(contacts, eq(contacts.id, dealContacts.contactId))
        .where(and(eq(dealContacts.dealId, id), sql`not ${contacts.isDeleted}`))
        .orderBy(asc(dealContacts.createdAt), asc(dealContacts.contactId))
        .limit(1);
      primaryContactId = next?.id ?? null;
    }
    await tx.update(deals).set({ primaryContactId, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(deals.id, id));
    const changes = { contactId: { from: contactId, to: null }, ...(wasPrimary ? { primaryContactId: { from: contactId, to: primaryContactId } } : {}) };
    await recordActivity(tx, ctx, { entity: "deal", recordId: id, action: "contact_unlinked", changes });
    return getDealView(tx, ctx, id);
  });
}
