import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customFieldValues, dealContacts, deals } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { resolveContactRefs } from "@/lib/contacts/resolve-refs";
import { firstStage } from "@/lib/pipelines/resolve";
import { parseInput } from "@/lib/validation";
import { assertAccount, assertFranchise, getDepartment, pipelineOfDepartment } from "./lead-refs";
import { CopyLead } from "./lead-schemas";
import { stageState, topOfColumn } from "./placement";
import { getDealOrThrow, getDealView, type DealView } from "./views";

/**
 * POST /api/lead/{lead}/copy (document 003): a new open lead for another contact that keeps the
 * original's description, amount, owner, source, category, priority, vertical fields and custom field
 * values. `subject`, `account`, `department` and `franchise` fall back to the original's. The copy starts
 * at the first stage of its department's pipeline (else of the original's pipeline); lifecycle dates and
 * the loss reason are not copied. Both timelines record the copy.
 */
export async function copyLead({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<DealView> {
  const data = parseInput(CopyLead, input);
  return db.transaction(async (tx) => {
    const original = await getDealOrThrow(tx, ctx, id);
    const [contactId] = await resolveContactRefs(tx, ctx, [data.contact], () => "contact");
    const franchiseId = data.franchise === undefined ? original.franchiseId : (data.franchise?.id ?? null);
    if (data.franchise) await assertFranchise(tx, ctx, data.franchise.id);
    const department = data.department ? await getDepartment(tx, ctx, data.department.id, franchiseId) : null;
    const departmentId = data.department === undefined ? original.departmentId : (department?.id ?? null);
    const accountId = data.account === undefined ? original.accountId : (data.account?.id ?? null);
    if (data.account) await assertAccount(tx, ctx, data.account.id);

    const pipelineId = department ? await pipelineOfDepartment(tx, ctx, department) : original.pipelineId;
    const stage = await firstStage(tx, ctx, pipelineId, "department");
    const now = new Date();
    const [row] = await tx
      .insert(deals)
      .values({
        tenantId: ctx.tenantId,
        name: data.subject ?? original.name,
        description: original.description,
        amount: original.amount,
        currency: original.currency,
        ...stageState(stage, now),
        position: await topOfColumn(tx, ctx, stage.id),
        expectedCloseDate: original.expectedCloseDate,
        nextSteps: original.nextSteps,
        ownerId: original.ownerId,
        primaryContactId: contactId!,
        accountId,
        sourceId: original.sourceId,
        franchiseId,
        departmentId,
        priority: original.priority,
        category: original.category,
        isQualified: original.isQualified,
        vertical: original.vertical,
        createdAt: now,
        createdBy: ctx.userId,
      })
      .returning({ id: deals.id });
    const copyId = row!.id;
    await tx.insert(dealContacts).values({ tenantId: ctx.tenantId, dealId: copyId, contactId: contactId!, createdBy: ctx.userId });
    const values = await tx.select().from(customFieldValues).where(and(eq(customFieldValues.tenantId, ctx.tenantId), eq(customFieldValues.recordId, original.id)));
    if (values.length) await tx.insert(customFieldValues).values(values.map((v) => ({ ...v, recordId: copyId, modifiedAt: now })));

    await recordActivity(tx, ctx, { entity: "deal", recordId: copyId, action: "created", changes: { copiedFrom: { from: null, to: original.id } } });
    await recordActivity(tx, ctx, { entity: "deal", recordId: copyId, action: "contact_linked", changes: { contactId: { from: null, to: contactId } } });
    await recordActivity(tx, ctx, { entity: "deal", recordId: original.id, action: "copied", changes: { copyId: { from: null, to: copyId } } });
    return getDealView(tx, ctx, copyId);
  });
}
