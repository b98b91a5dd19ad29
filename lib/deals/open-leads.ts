import { and, desc, eq, exists, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contacts, dealContacts, deals, type Deal } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/**
 * GET /api/contact/{contact}/lead/open (document 003): the contact's open deals (status open: neither
 * won nor lost), whether it is their primary contact or one of their contacts, newest first. An unknown,
 * malformed (the document's integer ids) or another workspace's contact is a 404.
 */
export async function listOpenLeadsOfContact({ ctx, contactId }: { ctx: Ctx; contactId: string }): Promise<Deal[]> {
  if (!isUuid(contactId)) throw notFound("Contact");
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.tenantId, ctx.tenantId), sql`not ${contacts.isDeleted}`));
  if (!contact) throw notFound("Contact");
  const linked = db
    .select({ one: sql`1` })
    .from(dealContacts)
    .where(and(eq(dealContacts.dealId, deals.id), eq(dealContacts.contactId, contactId)));
  return db
    .select()
    .from(deals)
    .where(and(eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`, eq(deals.status, "open"), or(eq(deals.primaryContactId, contactId), exists(linked))))
    .orderBy(desc(deals.createdAt), desc(deals.id))
    .limit(500);
}
