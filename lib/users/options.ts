import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";

export type UserOption = { id: string; name: string; email: string };

/** The active people of the workspace, for owner and assignee pickers and filters. */
export async function listUserOptions({ ctx }: { ctx: Ctx }): Promise<UserOption[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenantId), eq(users.isActive, true), sql`not ${users.isDeleted}`))
    .orderBy(asc(users.name), asc(users.id));
}
