"use server";

import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { createWorkspace } from "@/lib/tenants/create-workspace";

/** Creates a workspace and its admin; the form then signs in with the same credentials. */
export async function signUpAction(formData: FormData): Promise<ActionResult> {
  try {
    await createWorkspace({
      input: {
        tenantName: formData.get("tenantName"),
        name: formData.get("name"),
        email: formData.get("email"),
        password: formData.get("password"),
      },
    });
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "sign-up");
  }
}
