import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { accounts, contacts, deals } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { containsPattern, likeLower } from "@/lib/search";
import { isUuid } from "@/lib/ids";
import { parseInput } from "@/lib/validation";
import { LINK_KINDS, type LinkKind } from "./link-kinds";

/** One choice of the task dialog's pickers. */
export type LinkOption = { id: string; label: string; hint: string | null };

export { LINK_KINDS, type LinkKind };

export const SearchLinkOptions = z.object({
  kind: z.enum(LINK_KINDS, { error: "must be contact, account or deal" }),
  q: z.string().trim().max(200, "must be at most 200 characters").default(""),
  limit: z.number().int().min(1).max(50).default(8),
});
export type SearchLinkOptions = z.infer<typeof SearchLinkOptions>;

/**
 * The records a task can link to that match what the person typed (name or email, anywhere, any case),
 * for the searchable pickers of the task dialog. Live records of the caller's workspace only.
 */
export async function searchLinkOptions({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<LinkOption[]> {
  const { kind, q, limit } = parseInput(SearchLinkOptions, input);
  const pattern = containsPattern(q);
  if (kind === "contact") {
    const name = sql<string>`trim(coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, ''))`;
    const rows = await db
      .select({ id: contacts.id, name, email: contacts.primaryEmail, company: contacts.companyName })
      .from(contacts)
      .where(and(eq(contacts.tenantId, ctx.tenantId), sql`not ${contacts.isDeleted}`, q ? or(ilike(name, pattern), ilike(contacts.primaryEmail, pattern)) : undefined))
      .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id))
      .limit(limit);
    return rows.map((r) => ({ id: r.id, label: r.name || r.email || "—", hint: r.email ?? r.company }));
  }
  if (kind === "account") {
    const rows = await db
      .select({ id: accounts.id, name: accounts.name, city: accounts.city })
      .from(accounts)
      .where(and(eq(accounts.tenantId, ctx.tenantId), sql`not ${accounts.isDeleted}`, q ? likeLower(accounts.name, pattern) : undefined))
      .orderBy(asc(accounts.name), asc(accounts.id))
      .limit(limit);
    return rows.map((r) => ({ id: r.id, label: r.name, hint: r.city }));
  }
  const rows = await db
    .select({ id: deals.id, name: deals.name, account: accounts.name })
    .from(deals)
    .leftJoin(accounts, eq(accounts.id, deals.accountId))
    .where(and(eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`, q ? likeLower(deals.name, pattern) : undefined))
    .orderBy(sql`${deals.status} = 'open' desc`, asc(deals.name), asc(deals.id))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, label: r.name, hint: r.account }));
}

/**
 * The record a task list is narrowed to (`/tasks/all?deal=…`), named as the pickers name it; null for a
 * malformed id, another workspace's record or a deleted one.
 */
export async function getLinkOption({ ctx, kind, id }: { ctx: Ctx; kind: LinkKind; id: string }): Promise<LinkOption | null> {
  if (!isUuid(id)) return null;
  if (kind === "contact") {
    const name = sql<string>`trim(coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, ''))`;
    const [r] = await db
      .select({ id: contacts.id, name, email: contacts.primaryEmail, company: contacts.companyName })
      .from(contacts)
      .where(and(eq(contacts.id, id), eq(contacts.tenantId, ctx.tenantId), sql`not ${contacts.isDeleted}`))
      .limit(1);
    return r ? { id: r.id, label: r.name || r.email || "—", hint: r.email ?? r.company } : null;
  }
  if (kind === "account") {
    const [r] = await db
      .select({ id: accounts.id, name: accounts.name, city: accounts.city })
      .from(accounts)
      .where(and(eq(accounts.id, id), eq(accounts.tenantId, ctx.tenantId), sql`not ${accounts.isDeleted}`))
      .limit(1);
    return r ? { id: r.id, label: r.name, hint: r.city } : null;
  }
  const [r] = await db
    .select({ id: deals.id, name: deals.name, account: accounts.name })
    .from(deals)
    .leftJoin(accounts, eq(accounts.id, deals.accountId))
    .where(and(eq(deals.id, id), eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`))
    .limit(1);
  return r ? { id: r.id, label: r.name, hint: r.account } : null;
}
