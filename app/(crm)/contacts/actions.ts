"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { bulkAssignContacts, bulkDeleteContacts } from "@/lib/contacts/bulk";
import { createContact } from "@/lib/contacts/create";
import { deleteContact } from "@/lib/contacts/delete";
import { updateContact } from "@/lib/contacts/update";

/** Creates a contact from the list's dialog. */
export async function createContactAction(input: Record<string, unknown>): Promise<ActionResult<{ id: string }>> {
  try {
    const ctx = await requireActionCtx();
    const contact = await createContact({ ctx, input });
    revalidatePath("/contacts");
    return { ok: true, id: contact.id };
  } catch (e) {
    return actionFailure(e, "create contact");
  }
}

/** Saves the fields edited in place (a list cell, a record page field, the contact's accounts). */
export async function updateContactAction(id: string, input: Record<string, unknown>): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await updateContact({ ctx, id, input });
    revalidatePath("/contacts");
    revalidatePath(`/contacts/${id}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "update contact");
  }
}

export async function deleteContactAction(id: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await deleteContact({ ctx, id });
    revalidatePath("/contacts");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete contact");
  }
}

export async function bulkAssignContactsAction(ids: string[], ownerId: string | null): Promise<ActionResult<{ count: number }>> {
  try {
    const ctx = await requireActionCtx();
    const { count } = await bulkAssignContacts({ ctx, input: { ids, ownerId } });
    revalidatePath("/contacts");
    return { ok: true, count };
  } catch (e) {
    return actionFailure(e, "assign contacts");
  }
}

export async function bulkDeleteContactsAction(ids: string[]): Promise<ActionResult<{ count: number }>> {
  try {
    const ctx = await requireActionCtx();
    const { count } = await bulkDeleteContacts({ ctx, input: { ids } });
    revalidatePath("/contacts");
    return { ok: true, count };
  } catch (e) {
    return actionFailure(e, "delete contacts");
  }
}
