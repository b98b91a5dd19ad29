import type { Ctx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";

/**
 * Stands in for lib/auth/session in server action tests: the signed-in person is whoever `session.ctx`
 * says (null: signed out). Use with
 *   vi.mock("@/lib/auth/session", () => import("./action-session"));
 *   import { session } from "./action-session";
 */
export const session = { ctx: null as Ctx | null };

export async function requireActionCtx(): Promise<Ctx> {
  if (!session.ctx) throw new AppError("unauthorized", "Your session has ended; sign in again");
  return { ...session.ctx, via: "session" };
}
