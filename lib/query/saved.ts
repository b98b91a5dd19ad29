import type { SQL } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { invalidField } from "@/lib/errors";
import { getVisibleFilterOrThrow } from "@/lib/saved-filters/views";
import { compileWhere } from "./run";
import type { EntityName } from "./types";

/**
 * The condition of a saved filter, for a list or the board's `filter=<id>` parameter: 404 when the
 * caller cannot see it, 400 when it belongs to another entity. Relative dates and "me" resolve now,
 * for the caller.
 */
export async function savedFilterWhere({ ctx, entity, filterId, tx = db }: { ctx: Pick<Ctx, "tenantId" | "userId">; entity: EntityName; filterId: string; tx?: DbOrTx }): Promise<SQL> {
  const filter = await getVisibleFilterOrThrow(tx, ctx, filterId);
  if (filter.module !== entity) throw invalidField("filter", `is a filter of ${filter.module} records, not ${entity}`);
  return compileWhere({ ctx, entity, query: filter.query, tx, path: "filter" });
}
