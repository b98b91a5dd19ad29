"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { bulkAssignAccounts, bulkDeleteAccounts } from "@/lib/accounts/bulk";
import { createAccount } from "@/lib/accounts/create";
import { deleteAccount } from "@/lib/accounts/delete";
import { updateAccount } from "@/lib/accounts/update";

/** Creates a account from the list's dialog. */
export async function createAccountAction(input: Record<string, unknown>): Promise<ActionResult<{ id: string }>> {
  try {
    const ctx = await requireActionCtx();
    const account = await createAccount({ ctx, input });
    revalidatePath("/accounts");
    return { ok: true, id: account.id };
  } catch (e) {
    return actionFailure(e, "create account");
  }
}

/** Saves the fields edited in place (a list cell, a record page field, the account's accounts). */
export async function updateAccountAction(id: string, input: Record<string, unknown>): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await updateAccount({ ctx, id, input });
    revalidatePath("/accounts");
    revalidatePath(`/accounts/${id}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "update account");
  }
}

export async function deleteAccountAction(id: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await deleteAccount({ ctx, id });
    revalidatePath("/accounts");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete account");
  }
}

export async function bulkAssignAccountsAction(ids: string[], ownerId: string | null): Promise<ActionResult<{ count: number }>> {
  try {
    const ctx = await requireActionCtx();
    const { count } = await bulkAssignAccounts({ ctx, input: { ids, ownerId } });
    revalidatePath("/accounts");
    return { ok: true, count };
  } catch (e) {
    return actionFailure(e, "assign accounts");
  }
}

export async function bulkDeleteAccountsAction(ids: string[]): Promise<ActionResult<{ count: number }>> {
  try {
    const ctx = await requireActionCtx();
    const { count } = await bulkDeleteAccounts({ ctx, input: { ids } });
    revalidatePath("/accounts");
    return { ok: true, count };
  } catch (e) {
    return actionFailure(e, "delete accounts");
  }
}
