"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { resolveEntity } from "@/lib/query";
import { exportCsv, previewQuery, type PreviewRow } from "@/lib/query/export";
import { createSavedFilter } from "@/lib/saved-filters/create";
import { deleteSavedFilter } from "@/lib/saved-filters/delete";
import { duplicateSavedFilter } from "@/lib/saved-filters/duplicate";
import { updateSavedFilter } from "@/lib/saved-filters/update";

/** The live preview: count and first rows, or the validation problem of the query as it stands. */
export async function previewFilterAction(entity: string, query: unknown): Promise<ActionResult<{ total: number; rows: PreviewRow[] }>> {
  try {
    const ctx = await requireActionCtx();
    return { ok: true, ...(await previewQuery({ ctx, entity: resolveEntity(entity), query })) };
  } catch (e) {
    return actionFailure(e, "preview filter");
  }
}

export type SaveFilterInput = { id?: string; name: string; module: string; query: unknown; isPrivate: boolean };

/** Creates a filter, or updates the one named by `id`. */
export async function saveFilterAction(input: SaveFilterInput): Promise<ActionResult<{ id: string }>> {
  try {
    const ctx = await requireActionCtx();
    const body = { name: input.name, module: input.module, value: JSON.stringify(input.query), private: input.isPrivate };
    const saved = input.id ? await updateSavedFilter({ ctx, id: input.id, input: body }) : await createSavedFilter({ ctx, input: body });
    revalidatePath("/filters");
    return { ok: true, id: saved.id };
  } catch (e) {
    return actionFailure(e, "save filter");
  }
}

export async function renameFilterAction(id: string, name: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await updateSavedFilter({ ctx, id, input: { name } });
    revalidatePath("/filters");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "rename filter");
  }
}

export async function duplicateFilterAction(id: string): Promise<ActionResult<{ id: string }>> {
  try {
    const ctx = await requireActionCtx();
    const copy = await duplicateSavedFilter({ ctx, id });
    revalidatePath("/filters");
    return { ok: true, id: copy.id };
  } catch (e) {
    return actionFailure(e, "duplicate filter");
  }
}

export async function deleteFilterAction(id: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await deleteSavedFilter({ ctx, id });
    revalidatePath("/filters");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete filter");
  }
}

/** The matching records as CSV text; the browser saves it as a file. */
export async function exportCsvAction(entity: string, query: unknown): Promise<ActionResult<{ csv: string; total: number; exported: number }>> {
  try {
    const ctx = await requireActionCtx();
    return { ok: true, ...(await exportCsv({ ctx, entity: resolveEntity(entity), query })) };
  } catch (e) {
    return actionFailure(e, "export filter");
  }
}
