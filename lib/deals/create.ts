import { and, eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { contacts, dealContacts, deals, tenants, type Contact } from "@/db/schema";
import { recordActivities, type ActivityEntry } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { emitEvents, type NewEvent } from "@/lib/events/emit";
import { insertContactOnce } from "@/lib/contacts/resolve-refs";
import { ContactRef } from "@/lib/contacts/schemas";
import { liveFields } from "@/lib/custom-fields/definitions";
import { writeValues, type CustomFieldValues } from "@/lib/custom-fields/values";
import { ruleField } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { resolvePlacement } from "@/lib/pipelines/resolve";
import { parseInput } from "@/lib/validation";
import { firstKeyOfColumn, stageState } from "./placement";
import { generateKeyBetween } from "./position";
import { CreateDeal } from "./schemas";
import { contactsWithDeals, type DealView } from "./views";

/** Document 002's contact fields as a new contact (`contact_first_name` is then required). */
function newContactFields(data: CreateDeal) {
  if (!data.contact_first_name) throw ruleField("contact_first_name", "is required when no contact has this contact_email yet", "contact_first_name_required");
  const { id: _none, ...fields } = parseInput(ContactRef, {
    primaryEmail: data.contact_email,
    firstName: data.contact_first_name,
    lastName: data.contact_last_name,
    mobilePhone: data.contact_phone,
  });
  return fields;
}

export async function defaultCurrency(tx: DbOrTx, ctx: Ctx): Promise<string> {
  const [tenant] = await tx.select({ currency: tenants.defaultCurrency }).from(tenants).where(eq(tenants.id, ctx.tenantId));
  return tenant?.currency ?? "EUR";
}

/** The live contact with this primary email (case-insensitive), whole. */
async function contactByEmail(tx: DbOrTx, ctx: Ctx, email: string): Promise<Contact | null> {
  const [row] = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, ctx.tenantId), sql`lower(${contacts.primaryEmail}) = ${email.toLowerCase()}`, sql`not ${contacts.isDeleted}`))
    .limit(1);
  return row ?? null;
}

/**
 * POST /api/deals (document 002): a deal in the given (or default) pipeline and stage, at the top of its
 * column, owned by the caller, with its primary contact found by email (case-insensitive; its name and
 * phone are never overwritten) or created from the `contact_*` fields. One transaction.
 *
 * A create is a few round trips to PostgreSQL, each sending its statements together (postgres.js
 * pipelines the queries of one transaction): the lookups (placement, currency, contact, custom field
 * definitions); the new contact (INSERT … ON CONFLICT DO NOTHING, so that one email is one contact even
 * when requests race) and the column's first position key; then every write (the deal, its contact link,
 * the timeline entries in one insert, the events in one insert with their wake-up). No lock: the position
 * may tie with a deal created at the same moment (lib/deals/placement.ts). The answer is built from what
 * the create wrote and read (the same object getDealView would read back).
 */
export async function createDeal({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<DealView> {
  const data = parseInput(CreateDeal, input);
  const dealId = newId();
  const customInput = data.custom_fields ?? data.customFields;
  return db.transaction(async (tx) => {
    const [{ pipeline, stage }, currency, existing, fields] = await Promise.all([
      resolvePlacement(tx, ctx, { pipelineId: data.pipeline_id, pipelineField: "pipeline_id", stageId: data.stage_id, stageField: "stage_id" }),
      data.currency ?? defaultCurrency(tx, ctx),
      contactByEmail(tx, ctx, data.contact_email),
      liveFields(tx, ctx.tenantId, "deal"),
    ]);
    const [contact, first] = await Promise.all([
      existing ? { id: existing.id, contact: null } : insertContactOnce(tx, ctx, newContactFields(data)),
      firstKeyOfColumn(tx, ctx, stage.id),
    ]);
    const contactId = contact.id;
    const custom = await writeValues(tx, ctx, "deal", dealId, customInput, {
      creating: true,
      record: false,
      field: data.custom_fields !== undefined ? "custom_fields" : "customFields",
    });

    const now = new Date();
    const timeline: ActivityEntry[] = [
      ...(contact.contact ? [{ entity: "contact" as const, recordId: contactId, action: "created" }] : []),
      { entity: "deal", recordId: dealId, action: "created", changes: custom },
      { entity: "deal", recordId: dealId, action: "contact_linked", changes: { contactId: { from: null, to: contactId } } },
    ];
    const events: NewEvent[] = [
      ...(contact.contact ? [{ name: "contact.created" as const, record: { type: "contact" as const, id: contactId } }] : []),
      { name: "deal.created", record: { type: "deal", id: dealId } },
    ];
    // Sent together: one round trip.
    const [[deal]] = await Promise.all([
      tx
        .insert(deals)
        .values({
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
          position: generateKeyBetween(null, first),
          ownerId: ctx.userId,
          primaryContactId: contactId,
          createdAt: now,
          createdBy: ctx.userId,
        })
        .returning(),
      tx.insert(dealContacts).values({ tenantId: ctx.tenantId, dealId, contactId, createdBy: ctx.userId }),
      recordActivities(tx, ctx, timeline),
      emitEvents(tx, ctx, events),
    ]);
    // The contact as the deal shows it: a new one is linked to this deal only; an existing one (or a
    // race's winner) is read with its deals, now including this one.
    const [primary] = contact.contact
      ? [{ ...contact.contact, dealIds: [dealId] }]
      : await contactsWithDeals(tx, ctx, [existing ?? (await contactById(tx, contactId))]);
    const customFields: CustomFieldValues = Object.fromEntries(fields.map((f) => [f.fieldName, null]));
    for (const [key, change] of Object.entries(custom)) customFields[key.slice("customFields.".length)] = change.to;
    return {
      ...deal!,
      pipeline,
      stage,
      owner: { id: ctx.userId, name: ctx.name, email: ctx.email },
      primaryContact: primary!,
      contacts: [primary!],
      customFields,
    };
  });
}

async function contactById(tx: DbOrTx, id: string): Promise<Contact> {
  const [row] = await tx.select().from(contacts).where(eq(contacts.id, id));
  return row!;
}
