import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Ctx } from "./context";
import { assertPasswordSettled } from "./password-change";
import { authOptions } from "./next-auth";
import { loadPrincipal } from "./principal";

/** The signed-in person of the current page or action, or null. Re-reads the user from the database. */
export async function currentCtx(): Promise<Ctx | null> {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  if (!session?.userId) return null;
  return loadPrincipal(session.userId, "session");
}

/** For pages: the signed-in person, or a redirect to the login page. */
export async function requirePageCtx(): Promise<Ctx> {
  const ctx = await currentCtx();
  if (!ctx) redirect("/login");
  if (ctx.mustChangePassword) redirect("/change-password");
  return ctx;
}

/** For server actions: never trust that the page checked the session. */
export async function requireActionCtx(): Promise<Ctx> {
  const ctx = await currentCtx();
  if (!ctx) throw new AppError("unauthorized", "Your session has ended; sign in again");
  assertPasswordSettled(ctx);
  return ctx;
}
