"use server";

import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { addNote } from "@/lib/activity/add-note";
import { requireActionCtx } from "@/lib/auth/session";

/** Adds a note to any record's timeline (deal, contact, account, task); the timeline refetches itself. */
export async function addNoteAction(input: { entity: string; recordId: string; note: string }): Promise<ActionResult<{ id: string }>> {
  try {
    const ctx = await requireActionCtx();
    const { id } = await addNote({ ctx, input });
    return { ok: true, id };
  } catch (e) {
    return actionFailure(e, "add note");
  }
}
