import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { dealContacts, deals, type Deal, type FieldChange, type Stage } from "@/db/schema";
import { diff, recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { writeValues } from "@/lib/custom-fields/values";
import { invalidField, ruleField } from "@/lib/errors";
import { emitDealChange } from "@/lib/events/emit";
import { firstStage, getPipeline, getStage } from "@/lib/pipelines/resolve";
import { parseInput } from "@/lib/validation";
import { stageState, topOfColumn } from "./placement";
import { assertContacts, assertUser } from "./refs";
import { writeStageMove } from "./stage-move";
import { UpdateDeal } from "./schemas";
import { getDealOrThrow, getDealView, type DealView } from "./views";

/** The first of two aliases the client sent, with the name it used (so that a 400 names it). */
function either<K extends keyof UpdateDeal>(data: UpdateDeal, first: K, second: K): { value: UpdateDeal[K]; field: K } {
  return data[first] !== undefined ? { value: data[first], field: first } : { value: data[second], field: second };
}

type Move = { stage: Stage & { pipelineId: string } } | null;

/**
 * Where the body sends the deal: a named stage (its pipeline must match a named pipeline), else the first
 * stage of a named other pipeline (of the deal's current status, so a won deal stays won), else, when only
 * `status` changes, the first stage of that kind in the deal's pipeline. Null when the deal stays put.
 */
async function targetStage(tx: DbOrTx, ctx: Ctx, before: Deal, data: UpdateDeal): Promise<Move> {
  const stageRef = either(data, "stage_id", "stage");
  const pipelineRef = either(data, "pipeline_id", "pipeline");
  const pipeline = pipelineRef.value !== undefined ? await getPipeline(tx, ctx, pipelineRef.value, pipelineRef.field) : null;
  let stage: (Stage & { pipelineId: string }) | null = null;
  if (stageRef.value !== undefined) {
    stage = await getStage(tx, ctx, stageRef.value, stageRef.field);
    if (pipeline && stage.pipelineId !== pipeline.id) throw invalidField(stageRef.field, `is not a stage of pipeline ${pipeline.id}`);
    if (data.status !== undefined && data.status !== stage.kind) throw ruleField("status", `does not match the stage, whose deals are ${stage.kind}`, "status_mismatch");
  } else if (pipeline && pipeline.id !== before.pipelineId) {
    stage = await firstStage(tx, ctx, pipeline.id, pipelineRef.field, data.status ?? before.status);
  } else if (data.status !== undefined && data.status !== before.status) {
    stage = await firstStage(tx, ctx, before.pipelineId, "status", data.status);
  }
  return stage && stage.id !== before.stageId ? { stage } : null;
}

/** Columns a stage move sets as a consequence (never listed as "updated"). */
const STAGE_COLUMNS: readonly string[] = ["pipelineId", "stageId", "status", "stageChangedAt", "closedAt", "wonAt", "lostAt", "position"];

/**
 * The one update of a deal, behind PATCH /api/deals/{id} (document 002's family) and document 001's
 * PATCH/PUT/POST /api/public/deals/{id}/. Only the fields present change. A stage move keeps status,
 * probability and the lifecycle dates in step with the new stage and puts the card at the top of its
 * column; leaving the lost state clears the loss reason unless the body sets it. The deal row stays
 * locked (getDealOrThrow) until commit, so concurrent updates of one deal apply one after the other.
 */
export async function updateDeal({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<DealView> {
  const data = parseInput(UpdateDeal, input);
  return db.transaction(async (tx) => {
    const before = await getDealOrThrow(tx, ctx, id);
    const now = new Date();
    const changes: Partial<typeof deals.$inferInsert> = {
      name: data.name,
      description: data.description,
      amount: either(data, "amount", "value").value,
      currency: data.currency,
      customId: data.custom_id,
      expectedCloseDate: data.expected_close_date,
      lossReason: data.loss_reason_description,
      nextSteps: data.next_steps,
    };

    const owner = either(data, "assigned_to", "agent");
    if (owner.value) await assertUser(tx, ctx, owner.value, owner.field);
    changes.ownerId = owner.value;

    let linkContact: string | null = null;
    if (data.person) {
      await assertContacts(tx, ctx, [data.person], () => "person");
      linkContact = data.person;
    }
    changes.primaryContactId = data.person;

    // What the move itself changes is recorded as stage_changed; everything else the body asked for as updated.
    const moveKeys = ["stageId", "pipelineId", "status"];
    const move = await targetStage(tx, ctx, before, data);
    if (move) {
      Object.assign(changes, stageState(move.stage, now, before), { position: await topOfColumn(tx, ctx, move.stage.id) });
      if (data.probability === undefined) moveKeys.push("probability");
      if (move.stage.kind !== "lost" && data.loss_reason_description === undefined) {
        changes.lossReason = null;
        moveKeys.push("lossReason");
      }
    }
    if (data.probability !== undefined) changes.probability = data.probability;

    const stageChanges: Record<string, FieldChange> = move ? diff(before, changes, moveKeys) : {};
    const fieldChanges = diff(before, changes, Object.keys(changes).filter((k) => !moveKeys.includes(k) && !STAGE_COLUMNS.includes(k)));
    const linked = linkContact
      ? (await tx.insert(dealContacts).values({ tenantId: ctx.tenantId, dealId: id, contactId: linkContact, createdBy: ctx.userId }).onConflictDoNothing().returning()).length > 0
      : false;

    const customField = data.custom_fields !== undefined ? "custom_fields" : "customFields";
    Object.assign(fieldChanges, await writeValues(tx, ctx, "deal", id, data.custom_fields ?? data.customFields, { record: false, field: customField }));
    if (move) {
      await writeStageMove(tx, ctx, { before, to: move.stage, set: changes, changes: stageChanges, now });
    } else if (linked || Object.keys(fieldChanges).length) {
      await tx.update(deals).set({ ...changes, modifiedAt: now, modifiedBy: ctx.userId }).where(eq(deals.id, id));
    }
    if (Object.keys(fieldChanges).length) await recordActivity(tx, ctx, { entity: "deal", recordId: id, action: "updated", changes: fieldChanges });
    if (linked) await recordActivity(tx, ctx, { entity: "deal", recordId: id, action: "contact_linked", changes: { contactId: { from: null, to: linkContact } } });
    // The move's own events were emitted by writeStageMove; here only the changed fields.
    await emitDealChange(tx, ctx, before, before, fieldChanges);
    return getDealView(tx, ctx, id);
  });
}
