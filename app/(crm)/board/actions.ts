"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { createDeal } from "@/lib/deals/create";

export type QuickAddInput = { name: string; amount: string; contactEmail: string; contactName: string; stageId: string; pipelineId: string };

/** Quick add in a column: the same create-or-associate of the contact by email as POST /api/deals. */
export async function quickAddDealAction(input: QuickAddInput): Promise<ActionResult<{ id: string }>> {
  try {
    const ctx = await requireActionCtx();
    const [first, ...rest] = input.contactName.trim().split(/\s+/).filter(Boolean);
    const deal = await createDeal({
      ctx,
      input: {
        name: input.name,
        amount: input.amount.trim() === "" ? undefined : input.amount.trim().replace(",", "."),
        contact_email: input.contactEmail,
        contact_first_name: first,
        contact_last_name: rest.length ? rest.join(" ") : undefined,
        stage_id: input.stageId,
        pipeline_id: input.pipelineId,
      },
    });
    revalidatePath("/deals");
    return { ok: true, id: deal.id };
  } catch (e) {
    return actionFailure(e, "quick add deal");
  }
}

