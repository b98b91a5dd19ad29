"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { createUser } from "@/lib/users/create";
import { resetUserPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update";

export type InviteInput = { email: string; name: string; role: string };

/** Creates the person; the temporary password is in this answer only. */
export async function inviteUserAction(input: InviteInput): Promise<ActionResult<{ temporaryPassword: string }>> {
  try {
    const ctx = await requireActionCtx();
    const { temporaryPassword } = await createUser({ ctx, input });
    revalidatePath("/settings/users");
    return { ok: true, temporaryPassword: temporaryPassword ?? "" };
  } catch (e) {
    return actionFailure(e, "invite user");
  }
}

export async function updateUserAction(id: string, input: { role?: string; isActive?: boolean }): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await updateUser({ ctx, id, input });
    revalidatePath("/settings/users");
    return { ok: true };
  } catch (e) {
    const failure = actionFailure(e, "update user");
    // "the workspace needs at least one active admin" is the sentence to show, not "correct the fields".
    if (isAppError(e) && e.fields) failure.message = Object.values(e.fields)[0] ?? failure.message;
    return failure;
  }
}

export async function resetPasswordAction(id: string): Promise<ActionResult<{ temporaryPassword: string }>> {
  try {
    const ctx = await requireActionCtx();
    return { ok: true, ...(await resetUserPassword({ ctx, id })) };
  } catch (e) {
    return actionFailure(e, "reset password");
  }
}
