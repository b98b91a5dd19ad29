import { and, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { dealContacts, deals, stages, type DealStatus } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";

/** What a contact or account page shows of each of its deals. */
export type RelatedDeal = {
  id: string;
  name: string;
  amount: string | null;
  currency: string;
  status: DealStatus;
  expectedCloseDate: string | null;
  stage: { id: string; name: string; color: string };
};

const LIMIT = 100;

/**
 * The live deals of a contact (as primary contact or attached) or of an account, open ones first,
 * then newest; at most 100.
 */
export async function listRelatedDeals({ ctx, of }: { ctx: Ctx; of: { contactId: string } | { accountId: string } }): Promise<RelatedDeal[]> {
  const link: SQL | undefined =
    "contactId" in of
      ? or(
          eq(deals.primaryContactId, of.contactId),
          sql`exists (select 1 from ${dealContacts} where ${dealContacts.dealId} = ${deals.id} and ${dealContacts.contactId} = ${of.contactId})`,
        )
      : eq(deals.accountId, of.accountId);
  const rows = await db
    .select({
      id: deals.id,
      name: deals.name,
      amount: deals.amount,
      currency: deals.currency,
      status: deals.status,
      expectedCloseDate: deals.expectedCloseDate,
      stage: { id: stages.id, name: stages.name, color: stages.color },
    })
    .from(deals)
    .innerJoin(stages, eq(stages.id, deals.stageId))
    .where(and(eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`, link))
    .orderBy(sql`${deals.status} = 'open' desc`, desc(deals.createdAt))
    .limit(LIMIT);
  return rows;
}
