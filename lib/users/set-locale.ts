import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";

export const SetLocale = z.object({ locale: z.enum(["en", "fr", "ar"], { error: "must be en, fr or ar" }) });
export type SetLocale = z.infer<typeof SetLocale>;

/** Saves the caller's interface language; dates, numbers and the page direction follow it. */
export async function setLocale({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<SetLocale> {
  const { locale } = parseInput(SetLocale, input);
  await db
    .update(users)
    .set({ locale, modifiedAt: new Date(), modifiedBy: ctx.userId })
    .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, ctx.userId)));
  return { locale };
}
