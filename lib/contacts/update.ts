import { eq } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { contacts } from "@/db/schema";
import { diff, recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { writeValues } from "@/lib/custom-fields/values";
import { emitContactChange } from "@/lib/events/emit";
import { ruleField } from "@/lib/errors";
import { assertOrgRefs } from "@/lib/org/assert-refs";
import { parseInput } from "@/lib/validation";
import { assertAccountIds, setContactAccounts } from "./account-links";
import { assertEmailFree, assertSource, emailTaken } from "./rules";
import { CONTACT_NAME_REQUIRED, UpdateContact } from "./schemas";
import { getContactOrThrow, getContactView, type ContactView } from "./views";

/** Applies an already parsed update inside the caller's transaction (shared with the bulk actions). */
export async function applyContactUpdate(tx: Tx, ctx: Ctx, id: string, input: UpdateContact): Promise<void> {
  const { accountIds, customFields, ...fields } = input;
  const before = await getContactOrThrow(tx, ctx, id, { lock: true });
  const after = { ...before, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
  if (!after.firstName && !after.lastName && !after.primaryEmail) {
    const field = "firstName" in fields ? "firstName" : "lastName" in fields ? "lastName" : "primaryEmail";
    throw ruleField(field, CONTACT_NAME_REQUIRED, "contact_name_required");
  }
  await assertOrgRefs(tx, ctx, fields);
  await assertSource(tx, ctx, fields.sourceId);
  if (fields.primaryEmail && fields.primaryEmail.toLowerCase() !== before.primaryEmail?.toLowerCase()) {
    await assertEmailFree(tx, ctx, fields.primaryEmail, id);
  }
  const changes = diff(before, fields);
  Object.assign(changes, await writeValues(tx, ctx, "contact", id, customFields, { record: false }));
  // Links are written on both records' timelines, one entry per account (account-links.ts).
  const linksChanged = accountIds !== undefined && (await setContactAccounts(tx, ctx, id, await assertAccountIds(tx, ctx, accountIds, "accountIds")));
  if (!Object.keys(changes).length) {
    if (linksChanged) await tx.update(contacts).set({ modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(contacts.id, id));
    return;
  }
  await tx
    .update(contacts)
    .set({ ...fields, modifiedAt: new Date(), modifiedBy: ctx.userId })
    .where(eq(contacts.id, id))
    .catch((e: unknown) => {
      throw emailTaken(e) ?? e;
    });
  await recordActivity(tx, ctx, { entity: "contact", recordId: id, action: "updated", changes });
  await emitContactChange(tx, ctx, id, changes);
}

/**
 * Partial update: only the fields present change; `accountIds` replaces the contact's accounts.
 * The row is locked for the transaction, so concurrent updates apply one after the other and the
 * timeline records each one's old → new values.
 */
export async function updateContact({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<ContactView> {
  const parsed = parseInput(UpdateContact, input);
  return db.transaction(async (tx) => {
    await applyContactUpdate(tx, ctx, id, parsed);
    return getContactView(ctx, id, tx);
  });
}
