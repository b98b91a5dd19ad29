import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { accounts, contacts, deals, stages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { accountSearch } from "@/lib/accounts/list";
import { contactSearch } from "@/lib/contacts/list";
import { contactName } from "@/lib/contacts/views";
import { containsPattern, likeLower } from "@/lib/search";
import { parseInput } from "@/lib/validation";

export const GlobalSearch = z.object({
  q: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  limit: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(1, "must be at least 1").max(20, "must be at most 20").default(5),
});
export type GlobalSearch = z.infer<typeof GlobalSearch>;

export type SearchHit = { id: string; title: string; subtitle: string | null };
export type SearchResults = { contacts: SearchHit[]; accounts: SearchHit[]; deals: (SearchHit & { status: string; stageColor: string })[] };

/**
 * The Ctrl/Cmd-K search: the first matches among the workspace's live contacts (name, email, company,
 * phone digits), accounts (name, email, city) and deals (name), with the same rules as the lists.
 * Names that start with the text come first.
 */
export async function searchEverything({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<SearchResults> {
  const { q, limit } = parseInput(GlobalSearch, input);
  const prefix = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const [c, a, d] = await Promise.all([
    db
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, ctx.tenantId), sql`not ${contacts.isDeleted}`, contactSearch(q)))
      .orderBy(desc(sql`(coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, '')) ilike ${prefix} or ${contacts.lastName} ilike ${prefix}`), asc(contacts.lastName), asc(contacts.id))
      .limit(limit),
    db
      .select()
      .from(accounts)
      .where(and(eq(accounts.tenantId, ctx.tenantId), sql`not ${accounts.isDeleted}`, accountSearch(q)))
      .orderBy(desc(sql`${accounts.name} ilike ${prefix}`), asc(accounts.name), asc(accounts.id))
      .limit(limit),
    db
      .select({ id: deals.id, name: deals.name, amount: deals.amount, currency: deals.currency, status: deals.status, stageName: stages.name, stageColor: stages.color })
      .from(deals)
      .innerJoin(stages, eq(stages.id, deals.stageId))
      .where(and(eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`, likeLower(deals.name, containsPattern(q))))
      .orderBy(desc(sql`${deals.name} ilike ${prefix}`), desc(deals.createdAt), asc(deals.id))
      .limit(limit),
  ]);
  return {
    contacts: c.map((r) => ({ id: r.id, title: contactName(r), subtitle: [r.jobTitle, r.companyName].filter(Boolean).join(" · ") || r.primaryEmail })),
    accounts: a.map((r) => ({ id: r.id, title: r.name, subtitle: [r.industry, r.city].filter(Boolean).join(" · ") || null })),
    deals: d.map((r) => ({ id: r.id, title: r.name, subtitle: r.stageName, status: r.status, stageColor: r.stageColor })),
  };
}
