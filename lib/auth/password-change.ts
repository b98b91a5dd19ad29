import { AppError } from "@/lib/errors";
import type { Ctx } from "./context";

/**
 * A person signed in with a temporary password (invited, or reset by an admin) may do nothing but choose their
 * own. Applies to the browser session and to tokens obtained with that password; API keys are separate
 * credentials created by the person and keep working.
 */
export function assertPasswordSettled(ctx: Ctx): void {
  if (ctx.mustChangePassword && ctx.via !== "api_key") {
    throw new AppError("forbidden", "Change your temporary password first: sign in to Rapport in a browser and choose a new password", {
      fields: { password: "must be changed" },
    });
  }
}
