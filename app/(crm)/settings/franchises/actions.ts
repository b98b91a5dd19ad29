"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { createFranchise, deleteFranchise, updateFranchise } from "@/lib/org/franchises";

export async function createFranchiseAction(input: Record<string, string | null>): Promise<ActionResult> {
  try {
    await createFranchise({ ctx: await requireActionCtx(), input });
    revalidatePath("/settings/franchises");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "create franchise");
  }
}

export async function renameFranchiseAction(id: string, name: string): Promise<ActionResult> {
  try {
    await updateFranchise({ ctx: await requireActionCtx(), id, input: { name } });
    revalidatePath("/settings/franchises");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "rename franchise");
  }
}

export async function deleteFranchiseAction(id: string): Promise<ActionResult> {
  try {
    await deleteFranchise({ ctx: await requireActionCtx(), id });
    revalidatePath("/settings/franchises");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete franchise");
  }
}
