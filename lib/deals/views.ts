import { and, asc, eq, sql } from "drizzle-orm";
import { anyOf } from "@/db/any-of";
import type { DbOrTx } from "@/db/client";
import { contacts, dealContacts, deals, pipelines, stages, users, type Contact, type Deal, type Pipeline, type Stage } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { readValues, type CustomFieldValues } from "@/lib/custom-fields/values";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** A contact of a deal, with the ids of every live deal it is attached to (document 000's deal_ids). */
export type DealContact = Contact & { dealIds: string[] };

/** A deal with what every API family shows of it: pipeline, stage, owner, primary contact, contacts. */
export type DealView = Deal & {
  pipeline: Pipeline;
  stage: Stage;
  owner: { id: string; name: string; email: string } | null;
  primaryContact: DealContact | null;
  /** In the order they were attached. */
  contacts: DealContact[];
  /** Custom field name → value (null when unset). */
  customFields: CustomFieldValues;
};

const liveDeal = (ctx: Ctx, id: string) => and(eq(deals.id, id), eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`);

/**
 * The only way to load a deal for writing. It locks the row (`SELECT … FOR UPDATE`) until the caller's
 * transaction ends, so that concurrent writes to one deal run one after the other and none is lost.
 * Another workspace's id, an unknown id and a malformed id are all "Deal not found".
 */
export async function getDealOrThrow(tx: DbOrTx, ctx: Ctx, id: string): Promise<Deal> {
  if (!isUuid(id)) throw notFound("Deal");
  const [row] = await tx.select().from(deals).where(liveDeal(ctx, id)).limit(1).for("update");
  if (!row) throw notFound("Deal");
  return row;
}

/** Adds `dealIds` (live deals, oldest first) to each contact with one query. */
export async function contactsWithDeals(tx: DbOrTx, ctx: Ctx, rows: Contact[]): Promise<DealContact[]> {
  if (rows.length === 0) return [];
  const links = await tx
    .select({ contactId: dealContacts.contactId, dealId: dealContacts.dealId })
    .from(dealContacts)
    .innerJoin(deals, eq(deals.id, dealContacts.dealId))
    .where(and(anyOf(dealContacts.contactId, rows.map((c) => c.id)), eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`))
    .orderBy(asc(deals.createdAt), asc(deals.id));
  const byContact = new Map<string, string[]>();
  for (const { contactId, dealId } of links) byContact.set(contactId, [...(byContact.get(contactId) ?? []), dealId]);
  return rows.map((c) => ({ ...c, dealIds: byContact.get(c.id) ?? [] }));
}

/** A deal of the caller's workspace with its relations, read without locking (404 like getDealOrThrow). */
export async function getDealView(tx: DbOrTx, ctx: Ctx, id: string): Promise<DealView> {
  if (!isUuid(id)) throw notFound("Deal");
  const [row] = await tx
    .select({ deal: deals, pipeline: pipelines, stage: stages })
    .from(deals)
    .innerJoin(pipelines, eq(pipelines.id, deals.pipelineId))
    .innerJoin(stages, eq(stages.id, deals.stageId))
    .where(liveDeal(ctx, id))
    .limit(1);
  if (!row) throw notFound("Deal");
  const { deal } = row;

  // The contacts, the owner and the custom field values don't depend on each other: read at once.
  const [linked, owners, custom] = await Promise.all([
    tx
      .select({ contact: contacts })
      .from(dealContacts)
      .innerJoin(contacts, eq(contacts.id, dealContacts.contactId))
      .where(and(eq(dealContacts.dealId, id), sql`not ${contacts.isDeleted}`))
      .orderBy(asc(dealContacts.createdAt), asc(contacts.id)),
    deal.ownerId ? tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, deal.ownerId)) : [],
    readValues(tx, ctx, "deal", [id]),
  ]);
  const owner = owners[0];
  const contactRows = linked.map((l) => l.contact);
  if (deal.primaryContactId && !contactRows.some((c) => c.id === deal.primaryContactId)) {
    const [primary] = await tx.select().from(contacts).where(and(eq(contacts.id, deal.primaryContactId), sql`not ${contacts.isDeleted}`));
    if (primary) contactRows.unshift(primary);
  }
  const all = await contactsWithDeals(tx, ctx, contactRows);

  return {
    ...deal,
    pipeline: row.pipeline,
    stage: row.stage,
    owner: owner ?? null,
    primaryContact: all.find((c) => c.id === deal.primaryContactId) ?? null,
    contacts: all.filter((c) => linked.some((l) => l.contact.id === c.id)),
    customFields: custom.get(id) ?? {},
  };
}
