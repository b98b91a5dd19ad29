import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { customLabels, tenants, type CustomLabel } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export type CustomLabelView = CustomLabel & { tenant: { id: string; name: string } };

const live = (ctx: Ctx) => and(eq(customLabels.tenantId, ctx.tenantId), sql`not ${customLabels.isDeleted}`);

export async function listLabelViews(tx: DbOrTx, ctx: Ctx, id?: string): Promise<CustomLabelView[]> {
  const rows = await tx
    .select({ label: customLabels, tenant: { id: tenants.id, name: tenants.name } })
    .from(customLabels)
    .innerJoin(tenants, eq(tenants.id, customLabels.tenantId))
    .where(and(live(ctx), id ? eq(customLabels.id, id) : undefined))
    .orderBy(asc(customLabels.createdAt), asc(customLabels.id));
  return rows.map((r) => ({ ...r.label, tenant: r.tenant }));
}

/** The only way to load a label for writing; another workspace's id is "not found". */
export async function getLabelOrThrow(tx: DbOrTx, ctx: Ctx, id: string): Promise<CustomLabel> {
  if (!isUuid(id)) throw notFound("Custom label");
  const [row] = await tx.select().from(customLabels).where(and(eq(customLabels.id, id), live(ctx))).limit(1).for("update");
  if (!row) throw notFound("Custom label");
  return row;
}

export async function getLabelView(tx: DbOrTx, ctx: Ctx, id: string): Promise<CustomLabelView> {
  const [view] = await listLabelViews(tx, ctx, id);
  if (!view) throw notFound("Custom label");
  return view;
}
