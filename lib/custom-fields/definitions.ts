import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { customFields, type CustomField, type EntityType } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

const live = (tenantId: string) => and(eq(customFields.tenantId, tenantId), sql`not ${customFields.isDeleted}`);

/** The live fields of the workspace, optionally of one entity, in display order. */
export function liveFields(tx: DbOrTx, tenantId: string, entity?: EntityType): Promise<CustomField[]> {
  return tx
    .select()
    .from(customFields)
    .where(and(live(tenantId), entity ? eq(customFields.entity, entity) : undefined))
    .orderBy(asc(customFields.entity), asc(customFields.position), asc(customFields.createdAt), asc(customFields.id));
}

/** The only way to load a field for writing; another workspace's id is "not found". */
export async function getFieldOrThrow(tx: DbOrTx, ctx: Ctx, id: string): Promise<CustomField> {
  if (!isUuid(id)) throw notFound("Custom field");
  const [row] = await tx.select().from(customFields).where(and(eq(customFields.id, id), live(ctx.tenantId))).limit(1).for("update");
  if (!row) throw notFound("Custom field");
  return row;
}
