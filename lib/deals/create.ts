import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { dealContacts, deals, tenants } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { emitEvent } from "@/lib/events/emit";
import { findContactIdByEmail, findOrCreateContact } from "@/lib/contacts/resolve-refs";
import { ContactRef } from "@/lib/contacts/schemas";
import { writeValues } from "@/lib/custom-fields/values";
import { ruleField } from "@/lib/errors";
import { resolvePlacement } from "@/lib/pipelines/resolve";
import { parseInput } from "@/lib/validation";
import { stageState, topOfColumn } from "./placement";
import { CreateDeal } from "./schemas";
import { getDealView, type DealView } from "./views";

/**
 * Document 002's contact rule: the workspace's contact with `contact_email` (case-insensitive) is linked
 * as it is, its name and phone are never overwritten; otherwise a contact is created from the
 * `contact_*` fields, and then `contact_first_name` is required. findOrCreateContact keeps exactly one
 * contact per email even when requests race.
 */
async function primaryContactFor(tx: DbOrTx, ctx: Ctx, data: CreateDeal): Promise<string> {
  const existing = await findContactIdByEmail(tx, ctx, data.contact_email);
  if (existing) return existing;
  if (!data.contact_first_name) throw ruleField("contact_first_name", "is required when no contact has this contact_email yet", "contact_first_name_required");
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
 */
export async function createDeal({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<DealView> {
  const data = parseInput(CreateDeal, input);
  return db.transaction(async (tx) => {
    const { stage } = await resolvePlacement(tx, ctx, { pipelineId: data.pipeline_id, pipelineField: "pipeline_id", stageId: data.stage_id, stageField: "stage_id" });
    const contactId = await primaryContactFor(tx, ctx, data);
    const now = new Date();
    const [row] = await tx
      .insert(deals)
      .values({
        tenantId: ctx.tenantId,
        name: data.name,
        description: data.description,
        amount: data.amount,
        currency: data.currency ?? (await defaultCurrency(tx, ctx)),
        expectedCloseDate: data.expected_close_date,
        customId: data.custom_id,
        nextSteps: data.next_steps,
        ...stageState(stage, now),
        position: await topOfColumn(tx, ctx, stage.id),
        ownerId: ctx.userId,
        primaryContactId: contactId,
        createdAt: now,
        createdBy: ctx.userId,
      })
      .returning({ id: deals.id });
    const dealId = row!.id;
    await tx.insert(dealContacts).values({ tenantId: ctx.tenantId, dealId, contactId, createdBy: ctx.userId });
    const custom = await writeValues(tx, ctx, "deal", dealId, data.custom_fields ?? data.customFields, {
      creating: true,
      record: false,
      field: data.custom_fields !== undefined ? "custom_fields" : "customFields",
    });
    await recordActivity(tx, ctx, { entity: "deal", recordId: dealId, action: "created", changes: custom });
    await recordActivity(tx, ctx, { entity: "deal", recordId: dealId, action: "contact_linked", changes: { contactId: { from: null, to: contactId } } });
    await emitEvent(tx, ctx, { name: "deal.created", record: { type: "deal", id: dealId } });
    return getDealView(tx, ctx, dealId);
  });
}
