"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { createCustomLabel } from "@/lib/custom-labels/create";
import { deleteCustomLabel } from "@/lib/custom-labels/delete";
import { updateCustomLabel } from "@/lib/custom-labels/update";

export async function createLabelAction(value: unknown): Promise<ActionResult> {
  try {
    await createCustomLabel({ ctx: await requireActionCtx(), input: { value } });
    revalidatePath("/settings/custom-labels");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "create custom label");
  }
}

export async function deleteLabelAction(id: string): Promise<ActionResult> {
  try {
    await deleteCustomLabel({ ctx: await requireActionCtx(), id });
    revalidatePath("/settings/custom-labels");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete custom label");
  }
}

export async function updateLabelAction(id: string, value: unknown): Promise<ActionResult> {
  try {
    await updateCustomLabel({ ctx: await requireActionCtx(), id, input: { value } });
    revalidatePath("/settings/custom-labels");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "update custom label");
  }
}
