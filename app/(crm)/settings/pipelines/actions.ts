"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { createPipeline } from "@/lib/pipelines/create";
import { deletePipeline } from "@/lib/pipelines/delete";
import { reorderStages } from "@/lib/pipelines/reorder-stages";
import { updatePipeline } from "@/lib/pipelines/update";
import { createStage } from "@/lib/stages/create";
import { deleteStage } from "@/lib/stages/delete";
import { updateStage } from "@/lib/stages/update";

/** Runs a verb with a fresh session check; refusals (in use, last open stage…) keep their own sentence. */
async function run(context: string, verb: (ctx: Awaited<ReturnType<typeof requireActionCtx>>) => Promise<unknown>): Promise<ActionResult> {
  try {
    await verb(await requireActionCtx());
    revalidatePath("/settings/pipelines");
    return { ok: true };
  } catch (e) {
    const failure = actionFailure(e, context);
    if (isAppError(e) && e.code === "validation" && (e.fields?.stage || e.fields?.pipeline)) failure.message = e.message;
    return failure;
  }
}

export type StageInput = { name: string; color: string; probability: number; kind: string };

export async function createPipelineAction(input: { name: string }) {
  return run("create pipeline", (ctx) => createPipeline({ ctx, input }))
}
export async function updatePipelineAction(id: string, input: { name?: string; isDefault?: boolean }) {
  return run("update pipeline", (ctx) => updatePipeline({ ctx, id, input }))
}
export async function deletePipelineAction(id: string) {
  return run("delete pipeline", (ctx) => deletePipeline({ ctx, id }))
}
export async function createStageAction(pipelineId: string, input: StageInput) {
  return run("create stage", (ctx) => createStage({ ctx, pipelineId, input }))
}
export async function updateStageAction(pipelineId: string, id: string, input: StageInput) {
  return run("update stage", (ctx) => updateStage({ ctx, pipelineId, id, input }))
}
export async function deleteStageAction(pipelineId: string, id: string) {
  return run("delete stage", (ctx) => deleteStage({ ctx, pipelineId, id }))
}
export async function reorderStagesAction(pipelineId: string, stageIds: string[]) {
  return run("reorder stages", (ctx) => reorderStages({ ctx, id: pipelineId, input: { stageIds } }))
}
