"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { createLeadSource, deleteLeadSource, updateLeadSource } from "@/lib/org/lead-sources";

export async function createLeadSourceAction(input: Record<string, string | null>): Promise<ActionResult> {
  try {
    await createLeadSource({ ctx: await requireActionCtx(), input });
    revalidatePath("/settings/lead-sources");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "create lead source");
  }
}

export async function renameLeadSourceAction(id: string, name: string): Promise<ActionResult> {
  try {
    await updateLeadSource({ ctx: await requireActionCtx(), id, input: { name } });
    revalidatePath("/settings/lead-sources");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "rename lead source");
  }
}

export async function deleteLeadSourceAction(id: string): Promise<ActionResult> {
  try {
    await deleteLeadSource({ ctx: await requireActionCtx(), id });
    revalidatePath("/settings/lead-sources");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete lead source");
  }
}
