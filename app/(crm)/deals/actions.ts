"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { listContacts } from "@/lib/contacts/list";
import { attachContacts } from "@/lib/deals/attach-contacts";
import { bulkAssignDeals, bulkDeleteDeals, bulkMoveDeals } from "@/lib/deals/bulk";
import { detachContact } from "@/lib/deals/detach-contact";
import { moveDeal } from "@/lib/deals/move";
import { updateDeal } from "@/lib/deals/update";
import { movedDeal, type MovedDealJson } from "@/lib/http/serializers/board";
import { completeTask, reopenTask } from "@/lib/tasks/complete";

/**
 * The deal actions of the web app (board, deal list, deal page): thin, each re-checks the session and
 * calls the same lib/deals verb as the API.
 */

/** A move on the board or on the deal page's stage path: one verb for every stage move. */
export async function moveDealAction(id: string, input: { stageId: string; afterId?: string | null; lossReason?: string }): Promise<ActionResult<{ deal: MovedDealJson }>> {
  try {
    const ctx = await requireActionCtx();
    const deal = movedDeal(await moveDeal({ ctx, id, input }));
    revalidatePath(`/deals/${id}`);
    return { ok: true, deal };
  } catch (e) {
    return actionFailure(e, "move deal");
  }
}

/** An inline edit on the deal page: the fields of PATCH /api/deals/{id} (snake_case, as the verb reads them). */
export async function updateDealAction(id: string, input: Record<string, unknown>): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await updateDeal({ ctx, id, input });
    revalidatePath(`/deals/${id}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "update deal");
  }
}

export async function attachContactAction(id: string, contactId: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await attachContacts({ ctx, id, input: { contact_ids: [contactId] } });
    revalidatePath(`/deals/${id}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "attach contact");
  }
}

export async function detachContactAction(id: string, contactId: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await detachContact({ ctx, id, input: { contact_id: contactId } });
    revalidatePath(`/deals/${id}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "detach contact");
  }
}

export type ContactOption = { id: string; name: string; email: string | null };

/** Contacts matching a search, for the "attach a contact" picker. */
export async function searchContactsAction(search: string): Promise<ActionResult<{ contacts: ContactOption[] }>> {
  try {
    const ctx = await requireActionCtx();
    const page = await listContacts({ ctx, query: { search, limit: 8 } });
    return {
      ok: true,
      contacts: page.data.map((c) => ({ id: c.id, name: [c.firstName, c.lastName].filter(Boolean).join(" ") || c.primaryEmail || "—", email: c.primaryEmail })),
    };
  } catch (e) {
    return actionFailure(e, "search contacts");
  }
}

/** The checkbox of a task on the deal page. */
export async function setTaskDoneAction(dealId: string, taskId: string, done: boolean): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await (done ? completeTask : reopenTask)({ ctx, id: taskId });
    revalidatePath(`/deals/${dealId}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "complete task");
  }
}

/** Bulk actions of the deal list: all or nothing, each deal's timeline records its change. */
export async function bulkAssignDealsAction(ids: string[], ownerId: string | null): Promise<ActionResult<{ count: number }>> {
  try {
    const ctx = await requireActionCtx();
    const { count } = await bulkAssignDeals({ ctx, input: { ids, ownerId } });
    revalidatePath("/deals");
    return { ok: true, count };
  } catch (e) {
    return actionFailure(e, "bulk assign deals");
  }
}

export async function bulkMoveDealsAction(ids: string[], stageId: string, lossReason?: string): Promise<ActionResult<{ count: number }>> {
  try {
    const ctx = await requireActionCtx();
    const { count } = await bulkMoveDeals({ ctx, input: { ids, stageId, lossReason } });
    revalidatePath("/deals");
    revalidatePath("/board");
    return { ok: true, count };
  } catch (e) {
    return actionFailure(e, "bulk move deals");
  }
}

export async function bulkDeleteDealsAction(ids: string[]): Promise<ActionResult<{ count: number }>> {
  try {
    const ctx = await requireActionCtx();
    const { count } = await bulkDeleteDeals({ ctx, input: { ids } });
    revalidatePath("/deals");
    revalidatePath("/board");
    return { ok: true, count };
  } catch (e) {
    return actionFailure(e, "bulk delete deals");
  }
}
