import { and, eq } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import { db } from "@/db/client";
import { accountContacts, accounts } from "@/db/schema";
import { diff, recordActivity } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import { resolveContactRefs } from "@/lib/contacts/resolve-refs";
import { recordLinkChanges } from "@/lib/contacts/account-links";
import { assertContactIds } from "@/lib/contacts/rules";
import { writeValues } from "@/lib/custom-fields/values";
import { assertOrgRefs } from "@/lib/org/assert-refs";
import { parseInput } from "@/lib/validation";
import { UpdateAccount } from "./schemas";
import { getAccountOrThrow, getAccountView, type AccountView } from "./views";

/**
 * Partial update: only the fields present in the body change. `contacts` replaces the account's
 * contact list; `primaryContact: null` clears the main contact. The timeline records old → new.
 */
export async function updateAccount({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<AccountView> {
  const { contacts: refs, primaryContact: primaryRef, contactIds, primaryContactId, customFields, ...fields } = parseInput(UpdateAccount, input);
  // The REST spellings (`contactIds`, `primaryContactId`) name the same links by id.
  const contactsGiven = refs !== undefined || contactIds !== undefined;
  return db.transaction(async (tx) => {
    const before = await getAccountOrThrow(tx, ctx, id);
    await assertOrgRefs(tx, ctx, fields);
    const changes: Record<string, unknown> = { ...fields };
    if (primaryRef !== undefined) {
      const [primaryId] = primaryRef ? await resolveContactRefs(tx, ctx, [primaryRef], () => "primaryContact") : [];
      changes.primaryContactId = primaryId ?? null;
    } else if (primaryContactId !== undefined) {
      const [primaryId] = await assertContactIds(tx, ctx, primaryContactId ? [primaryContactId] : [], "primaryContactId", true);
      changes.primaryContactId = primaryId ?? null;
    }

    const current = (await tx.select({ id: accountContacts.contactId }).from(accountContacts).where(eq(accountContacts.accountId, id))).map((r) => r.id);
    let wanted = current;
    if (refs !== undefined) wanted = await resolveContactRefs(tx, ctx, refs, (i) => `contacts[${i}]`);
    else if (contactIds !== undefined) wanted = await assertContactIds(tx, ctx, contactIds, "contactIds");
    if (typeof changes.primaryContactId === "string" && !wanted.includes(changes.primaryContactId)) wanted = [...wanted, changes.primaryContactId];
    const added = wanted.filter((c) => !current.includes(c));
    const removed = contactsGiven ? current.filter((c) => !wanted.includes(c)) : [];
    if (removed.length) await tx.delete(accountContacts).where(and(eq(accountContacts.accountId, id), anyOf(accountContacts.contactId, removed)));
    if (added.length) await tx.insert(accountContacts).values(added.map((contactId) => ({ tenantId: ctx.tenantId, accountId: id, contactId, createdBy: ctx.userId })));

    const fieldChanges = diff(before, changes);
    Object.assign(fieldChanges, await writeValues(tx, ctx, "account", id, customFields, { record: false }));
    await recordLinkChanges(tx, ctx, [
      ...removed.map((contactId) => ({ accountId: id, contactId, linked: false })),
      ...added.map((contactId) => ({ accountId: id, contactId, linked: true })),
    ]);
    if (Object.keys(fieldChanges).length || added.length || removed.length) {
      await tx.update(accounts).set({ ...changes, modifiedAt: new Date(), modifiedBy: ctx.userId }).where(eq(accounts.id, id));
      if (Object.keys(fieldChanges).length) await recordActivity(tx, ctx, { entity: "account", recordId: id, action: "updated", changes: fieldChanges });
    }
    return getAccountView(ctx, id, tx);
  });
}
