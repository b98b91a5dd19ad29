import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accounts, contacts, deals, tasks, type EntityType } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

const TABLES = { contact: contacts, account: accounts, deal: deals, task: tasks } as const;
const NAMES: Record<EntityType, string> = { contact: "Contact", account: "Account", deal: "Deal", task: "Task" };

/** Throws "<Entity> not found" unless `id` is a live record of that kind in the caller's workspace. */
export async function assertRecord(tx: DbOrTx, ctx: Ctx, entity: EntityType, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound(NAMES[entity]);
  const table = TABLES[entity];
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, id), eq(table.tenantId, ctx.tenantId), sql`not ${table.isDeleted}`))
    .limit(1);
  if (!row) throw notFound(NAMES[entity]);
}
