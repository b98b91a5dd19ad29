import { db } from "@/db/client";
import { contacts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { writeValues } from "@/lib/custom-fields/values";
import { emitContactChange } from "@/lib/events/emit";
import { assertOrgRefs } from "@/lib/org/assert-refs";
import { parseInput } from "@/lib/validation";
import { assertAccountIds, setContactAccounts } from "./account-links";
import { assertEmailFree, assertSource, emailTaken } from "./rules";
import { CreateContact } from "./schemas";
import { getContactView, type ContactView } from "./views";

/**
 * Creates a contact, owned by the caller unless `ownerId` says otherwise, linked to `accountIds`.
 * An email that another live contact of the workspace already has is a 409: one contact per email.
 */
export async function createContact({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<ContactView> {
  const { accountIds = [], customFields, ...fields } = parseInput(CreateContact, input);
  return db.transaction(async (tx) => {
    await assertOrgRefs(tx, ctx, fields);
    await assertSource(tx, ctx, fields.sourceId);
    if (fields.primaryEmail) await assertEmailFree(tx, ctx, fields.primaryEmail);
    const accountsWanted = await assertAccountIds(tx, ctx, accountIds, "accountIds");
    const [row] = await tx
      .insert(contacts)
      .values({ ...fields, ownerId: fields.ownerId ?? ctx.userId, tenantId: ctx.tenantId, createdBy: ctx.userId })
      .returning({ id: contacts.id })
      .catch((e: unknown) => {
        throw emailTaken(e) ?? e;
      });
    const custom = await writeValues(tx, ctx, "contact", row!.id, customFields, { creating: true, record: false });
    await recordActivity(tx, ctx, { entity: "contact", recordId: row!.id, action: "created", changes: custom });
    await setContactAccounts(tx, ctx, row!.id, accountsWanted);
    await emitContactChange(tx, ctx, row!.id, "created");
    return getContactView(ctx, row!.id, tx);
  });
}
