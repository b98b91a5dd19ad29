import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { dealContacts, deals, tenants } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { emitEvent } from "@/lib/events/emit";
import { findContactIdByEmail, findOrCreateContact } from "@/lib/contacts/resolve-refs";
import { ContactRef } from "@/lib/contacts/schemas";
import { writeValues } from "@/lib/custom-fields/values";
import { invalidField } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { resolvePlacement } from "@/lib/pipelines/resolve";
import { parseInput } from "@/lib/validation";
import { stageState, topOfColumn } from "./placement";
import { CreateDeal } from "./schemas";
import { getDealView, type DealView } from "./views";

/**
 * Document 002's contact rule: the workspace's contact with `contact_email` (case-insensitive) is linked
 * as it is (`existing`, looked up by the caller), its name and phone are never overwritten; otherwise a
 * contact is created from the `contact_*` fields, and then `contact_first_name` is required.
 * findOrCreateContact keeps exactly one contact per email even when requests race.
 */
async function primaryContactFor(tx: DbOrTx, ctx: Ctx, data: CreateDeal, existing: string | null): Promise<string> {
  if (existing) return existing;
  if (!data.contact_first_name) throw invalidField("contact_first_name", "is required when no contact has this contact_email yet");
  const { id: _none, ...fields } = parseInput(ContactRef, {
    primaryEmail: data.contact_email,
    firstName: data.contact_first_name,
    lastName: data.contact_last_name,
    mobilePhone: data.contact_phone,
  });
  return (await findOrCreateContact(tx, ctx, fields)).id;
}

export async function defaultCurrency(tx: DbOrTx, ctx: Ctx): Promise<string> {
  const [tenant] = await tx.select({ currency: tenants.defaultCurrency }).from(tenants).where(eq(tenants.id, ctx.tenantId));
  return tenant?.currency ?? "EUR";
}

/**
 * POST /api/deals (document 002): a deal in the given (or default) pipeline and stage, at the top of its
 * column, owned by the caller, with its primary contact found or created by email. One transaction.
 *
 * Creates into one column run one after the other from the moment the column is locked for the new
 * card's position (topOfColumn) until commit, so everything that doesn't need the position happens
 * before: the lookups (at once), the contact, the custom field values, the timeline entries and the
 * event (all keyed by the deal's id, chosen here). Under the lock: the position, the row, its contact
 * link. The answer is read after commit.
 */
export async function createDeal({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<DealView> {
  const data = parseInput(CreateDeal, input);
  const dealId = newId();
  await db.transaction(async (tx) => {
    const [{ stage }, currency, existingContact] = await Promise.all([
      resolvePlacement(tx, ctx, { pipelineId: data.pipeline_id, pipelineField: "pipeline_id", stageId: data.stage_id, stageField: "stage_id" }),
      data.currency ?? defaultCurrency(tx, ctx),
      findContactIdByEmail(tx, ctx, data.contact_email),
    ]);
    const contactId = await primaryContactFor(tx, ctx, data, existingContact);
    const custom = await writeValues(tx, ctx, "deal", dealId, data.custom_fields ?? data.customFields, {
      creating: true,
      record: false,
      field: data.custom_fields !== undefined ? "custom_fields" : "customFields",
    });
    await recordActivity(tx, ctx, { entity: "deal", recordId: dealId, action: "created", changes: custom });
    await recordActivity(tx, ctx, { entity: "deal", recordId: dealId, action: "contact_linked", changes: { contactId: { from: null, to: contactId } } });
    await emitEvent(tx, ctx, { name: "deal.created", record: { type: "deal", id: dealId } });

    const now = new Date();
    const position = await topOfColumn(tx, ctx, stage.id);
    await tx.insert(deals).values({
      id: dealId,
      tenantId: ctx.tenantId,
      name: data.name,
      description: data.description,
      amount: data.amount,
      currency,
      expectedCloseDate: data.expected_close_date,
      customId: data.custom_id,
      nextSteps: data.next_steps,
      ...stageState(stage, now),
      position,
      ownerId: ctx.userId,
      primaryContactId: contactId,
      createdAt: now,
      createdBy: ctx.userId,
    });
    await tx.insert(dealContacts).values({ tenantId: ctx.tenantId, dealId, contactId, createdBy: ctx.userId });
  });
  return getDealView(db, ctx, dealId);
}
