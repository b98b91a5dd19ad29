"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { createCustomField } from "@/lib/custom-fields/create";
import { deleteCustomField } from "@/lib/custom-fields/delete";
import { updateCustomField } from "@/lib/custom-fields/update";

export type NewFieldInput = { entity: string; label: string; fieldType: string; isRequired: boolean; options: { choices?: string[] } };

export async function createFieldAction(input: NewFieldInput): Promise<ActionResult> {
  try {
    await createCustomField({ ctx: await requireActionCtx(), input });
    revalidatePath("/settings/custom-fields");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "create custom field");
  }
}

export async function deleteFieldAction(id: string): Promise<ActionResult> {
  try {
    await deleteCustomField({ ctx: await requireActionCtx(), id });
    revalidatePath("/settings/custom-fields");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete custom field");
  }
}

export type EditFieldInput = { label: string; isRequired: boolean; options?: Record<string, unknown> };

/** Changes a field's label, whether it is required and, for choice fields, its choices (values are kept). */
export async function updateFieldAction(id: string, input: EditFieldInput): Promise<ActionResult> {
  try {
    await updateCustomField({ ctx: await requireActionCtx(), id, input });
    revalidatePath("/settings/custom-fields");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "update custom field");
  }
}
