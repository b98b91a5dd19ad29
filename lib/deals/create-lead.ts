import { db } from "@/db/client";
import { dealContacts, deals } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { writeValues } from "@/lib/custom-fields/values";
import { firstStage } from "@/lib/pipelines/resolve";
import { parseInput } from "@/lib/validation";
import { defaultCurrency } from "./create";
import { assertAccount, assertFranchise, assertSource, getDepartment, pipelineOfDepartment } from "./lead-refs";
import { CreateLead, VERTICAL_KEYS } from "./lead-schemas";
import { stageState, topOfColumn } from "./placement";
import { assertContacts, assertUser } from "./refs";
import { getDealView, type DealView } from "./views";

/** The vertical fields present in a body, under their document names (absent ones are not stored). */
export function verticalOf(data: Partial<Record<(typeof VERTICAL_KEYS)[number], unknown>>): Record<string, unknown> {
  return Object.fromEntries(VERTICAL_KEYS.filter((k) => data[k] !== undefined && data[k] !== null).map((k) => [k, data[k]]));
}

/**
 * POST /api/lead (document 003): a deal in the department's pipeline (else the default one), at the top
 * of its first stage, for the given contact. The first of `assignees` owns it (else the caller): the
 * document's automatic assignment is left to automations. One transaction: a bad reference writes nothing.
 */
export async function createLead({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<DealView> {
  const data = parseInput(CreateLead, input);
  return db.transaction(async (tx) => {
    await assertFranchise(tx, ctx, data.franchise.id);
    const department = await getDepartment(tx, ctx, data.department.id, data.franchise.id);
    await assertSource(tx, ctx, data.source.id);
    await assertContacts(tx, ctx, [data.contact.id], () => "contact.id");
    if (data.account) await assertAccount(tx, ctx, data.account.id);
    const assignees = data.assignees ?? [];
    for (const [i, a] of assignees.entries()) await assertUser(tx, ctx, a.id, `assignees[${i}].id`);

    const stage = await firstStage(tx, ctx, await pipelineOfDepartment(tx, ctx, department), "department");
    const now = new Date();
    const [row] = await tx
      .insert(deals)
      .values({
        tenantId: ctx.tenantId,
        name: data.subject,
        description: data.description,
        currency: await defaultCurrency(tx, ctx),
        ...stageState(stage, now),
        position: await topOfColumn(tx, ctx, stage.id),
        expectedCloseDate: data.dueDate ?? null,
        ownerId: assignees[0]?.id ?? ctx.userId,
        primaryContactId: data.contact.id,
        accountId: data.account?.id ?? null,
        sourceId: data.source.id,
        franchiseId: data.franchise.id,
        departmentId: department.id,
        category: data.category,
        priority: data.priority ?? null,
        isQualified: data.isQualified ?? false,
        vertical: verticalOf(data),
        createdAt: now,
        createdBy: ctx.userId,
      })
      .returning({ id: deals.id });
    const dealId = row!.id;
    await tx.insert(dealContacts).values({ tenantId: ctx.tenantId, dealId, contactId: data.contact.id, createdBy: ctx.userId });
    // Document 003's [{field: {id}, value}] list is the custom field writer's {id: value} map.
    const custom = data.customFieldValues ? Object.fromEntries(data.customFieldValues.map((v) => [v.field.id, v.value])) : undefined;
    await writeValues(tx, ctx, "deal", dealId, custom, { creating: true, record: false, field: "customFieldValues" });
    await recordActivity(tx, ctx, { entity: "deal", recordId: dealId, action: "created" });
    await recordActivity(tx, ctx, { entity: "deal", recordId: dealId, action: "contact_linked", changes: { contactId: { from: null, to: data.contact.id } } });
    return getDealView(tx, ctx, dealId);
  });
}
