import { db } from "@/db/client";
import { accountContacts, accounts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { resolveContactRefs } from "@/lib/contacts/resolve-refs";
import { assertContactIds } from "@/lib/contacts/rules";
import { writeValues } from "@/lib/custom-fields/values";
import { emitEvent } from "@/lib/events/emit";
import { parseInput } from "@/lib/validation";
import { assertOrgRefs } from "@/lib/org/assert-refs";
import { CreateAccount } from "./schemas";
import { getAccountView, type AccountView } from "./views";

/** Creates an account, linking (or creating) the contacts named in the body, in one transaction. */
export async function createAccount({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<AccountView> {
  const { contacts: contactRefs = [], primaryContact, contactIds: idList = [], primaryContactId, customFields, ...fields } = parseInput(CreateAccount, input);
  return db.transaction(async (tx) => {
    await assertOrgRefs(tx, ctx, fields);
    const contactIds = [
      ...(await resolveContactRefs(tx, ctx, contactRefs, (i) => `contacts[${i}]`)),
      ...(await assertContactIds(tx, ctx, idList, "contactIds")),
    ];
    const [primaryId] = primaryContact
      ? await resolveContactRefs(tx, ctx, [primaryContact], () => "primaryContact")
      : await assertContactIds(tx, ctx, primaryContactId ? [primaryContactId] : [], "primaryContactId", true);
    const [row] = await tx
      .insert(accounts)
      .values({ ...fields, ownerId: fields.ownerId ?? ctx.userId, primaryContactId: primaryId ?? null, tenantId: ctx.tenantId, createdBy: ctx.userId })
      .returning({ id: accounts.id });
    const linked = [...new Set([...contactIds, ...(primaryId ? [primaryId] : [])])];
    if (linked.length) {
      await tx.insert(accountContacts).values(linked.map((contactId) => ({ tenantId: ctx.tenantId, accountId: row!.id, contactId, createdBy: ctx.userId })));
    }
    const custom = await writeValues(tx, ctx, "account", row!.id, customFields, { creating: true, record: false });
    await recordActivity(tx, ctx, { entity: "account", recordId: row!.id, action: "created", changes: custom });
    await emitEvent(tx, ctx, { name: "account.created", record: { type: "account", id: row!.id } });
    return getAccountView(ctx, row!.id, tx);
  });
}
