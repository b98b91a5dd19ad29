import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { savedFilters } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { invalidField } from "@/lib/errors";

/**
 * The condition of a saved filter of deals, for the board and the deal list (`filter=<id>`). The filter
 * must be the caller's or shared, and of the deal module. Turning its react-querybuilder query into SQL
 * belongs to lib/query (the one compiler of saved filters); until that compiler exists here, a filter is
 * refused with a 400 rather than ignored (ignoring it would silently show every deal).
 */
export async function savedFilterCondition(ctx: Ctx, filterId: string): Promise<SQL> {
  const [filter] = await db
    .select({ id: savedFilters.id, query: savedFilters.query })
    .from(savedFilters)
    .where(
      and(
        eq(savedFilters.id, filterId),
        eq(savedFilters.tenantId, ctx.tenantId),
        eq(savedFilters.module, "deal"),
        sql`not ${savedFilters.isDeleted}`,
        or(eq(savedFilters.isPrivate, false), eq(savedFilters.ownerId, ctx.userId)),
      ),
    )
    .limit(1);
  if (!filter) throw invalidField("filter", "no such saved filter of deals");
  throw invalidField("filter", "saved filters cannot be applied here yet");
}
