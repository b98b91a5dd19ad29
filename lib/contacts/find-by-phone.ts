import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contacts } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { PhoneLookup } from "./schemas";
import { withAccounts, type ContactWithAccounts } from "./views";

/** How many trailing digits identify a phone number whatever its international prefix (docs/api.md). */
export const SIGNIFICANT_DIGITS = 9;

/**
 * The digits that identify a number: everything but digits is dropped, then the last 9 digits are kept,
 * so that "+33 6 12 34 56 78", "0033 612345678" and "06.12.34.56.78" all give "612345678".
 * Shorter numbers (extensions, short codes) are kept whole and must match exactly.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length > SIGNIFICANT_DIGITS ? digits.slice(-SIGNIFICANT_DIGITS) : digits;
}

/**
 * GET /api/contact/phone/{phone}: the live contact of the workspace whose home, work or mobile phone
 * is this number. When several match, an exact match of every digit wins, then the most recently
 * changed contact. No match → 404.
 */
export async function findContactByPhone({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<ContactWithAccounts> {
  const { phone } = parseInput(PhoneLookup, input);
  const digits = phone.replace(/\D/g, "");
  const key = phoneKey(phone);
  const matches =
    key.length === SIGNIFICANT_DIGITS
      ? sql`exists (select 1 from unnest(${contacts.phoneDigits}) d where right(d, ${SIGNIFICANT_DIGITS}) = ${key} and length(d) >= ${SIGNIFICANT_DIGITS})`
      : sql`${contacts.phoneDigits} @> array[${digits}]::text[]`;
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, ctx.tenantId), sql`not ${contacts.isDeleted}`, matches))
    .orderBy(desc(sql`${contacts.phoneDigits} @> array[${digits}]::text[]`), sql`coalesce(${contacts.modifiedAt}, ${contacts.createdAt}) desc`, desc(contacts.id))
    .limit(1);
  if (!row) throw notFound("Contact");
  const [view] = await withAccounts(db, ctx, [row], { owners: false });
  return view!;
}
