import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { Ctx } from "./context";
import { verifyPassword } from "./password";
import { loadPrincipal } from "./principal";
import { assertNotLimited, clearLimit, hit, SIGN_IN_LIMIT } from "./rate-limit";

export const Credentials = z.object({
  email: z.string({ error: "is required" }).trim().min(1, "is required").max(320, "must be at most 320 characters"),
  password: z.string({ error: "is required" }).min(1, "is required").max(200, "must be at most 200 characters"),
});
export type Credentials = z.infer<typeof Credentials>;

/**
 * Checks an email and password. Used by the browser sign-in and by POST /api/auth/token alike.
 * Failures are counted per email and per client address; past the limit the answer is 429 even for
 * the right password, so that guessing is slow.
 */
export async function verifyCredentials(input: unknown, clientIp = "unknown"): Promise<Ctx> {
  const { email, password } = parseInput(Credentials, input);
  const emailKey = `signin:email:${email.toLowerCase()}`;
  const ipKey = `signin:ip:${clientIp}`;
  await assertNotLimited(emailKey, SIGN_IN_LIMIT);
  await assertNotLimited(ipKey, { ...SIGN_IN_LIMIT, max: SIGN_IN_LIMIT.max * 5 });

  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, eq(users.isActive, true), sql`not ${users.isDeleted}`))
    .limit(1);
  const ok = await verifyPassword(password, user?.passwordHash);
  const principal = ok && user ? await loadPrincipal(user.id, "session") : null;
  if (!principal) {
    await hit(emailKey, SIGN_IN_LIMIT);
    await hit(ipKey, SIGN_IN_LIMIT);
    throw new AppError("unauthorized", "Invalid email or password");
  }
  await clearLimit(emailKey);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, principal.userId));
  return principal;
}
