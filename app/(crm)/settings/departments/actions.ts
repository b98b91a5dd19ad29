"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { createDepartment, deleteDepartment, updateDepartment } from "@/lib/org/departments";

export async function createDepartmentAction(input: Record<string, string | null>): Promise<ActionResult> {
  try {
    await createDepartment({ ctx: await requireActionCtx(), input });
    revalidatePath("/settings/departments");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "create department");
  }
}

export async function renameDepartmentAction(id: string, name: string): Promise<ActionResult> {
  try {
    await updateDepartment({ ctx: await requireActionCtx(), id, input: { name } });
    revalidatePath("/settings/departments");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "rename department");
  }
}

export async function deleteDepartmentAction(id: string): Promise<ActionResult> {
  try {
    await deleteDepartment({ ctx: await requireActionCtx(), id });
    revalidatePath("/settings/departments");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete department");
  }
}
