"use server";

import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { currentCtx } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { changeOwnPassword } from "@/lib/users/change-password";

/** The one action allowed while a temporary password is pending (so it reads the session without requireActionCtx). */
export async function changePasswordAction(input: { currentPassword: string; newPassword: string }): Promise<ActionResult> {
  try {
    const ctx = await currentCtx();
    if (!ctx) throw new AppError("unauthorized", "Your session has ended; sign in again");
    await changeOwnPassword({ ctx, input });
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "change password");
  }
}
