"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { requireActionCtx } from "@/lib/auth/session";
import { createAutomation } from "@/lib/automation/create";
import { deleteAutomation } from "@/lib/automation/delete";
import { duplicateAutomation } from "@/lib/automation/duplicate";
import { listRuns } from "@/lib/automation/list-runs";
import { rerun } from "@/lib/automation/rerun";
import { testRun } from "@/lib/automation/test-run";
import { updateAutomation } from "@/lib/automation/update";
import { automationRun, type AutomationRunJson } from "@/lib/http/serializers/automations";

export async function createDraftAction(name: string): Promise<ActionResult<{ id: string }>> {
  try {
    const ctx = await requireActionCtx();
    const a = await createAutomation({ ctx, input: { name, automationTrigger: "deal.stage_changed", nodes: [{ id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { trigger: "deal.stage_changed", config: {} } }], edges: [] } });
    revalidatePath("/automations");
    return { ok: true, id: a.id };
  } catch (e) {
    return actionFailure(e, "create automation");
  }
}

export async function saveAutomationAction(id: string, input: { name?: string; nodes?: unknown[]; edges?: unknown[]; isActive?: boolean }): Promise<ActionResult<{ revision: number; isActive: boolean }>> {
  try {
    const ctx = await requireActionCtx();
    const a = await updateAutomation({ ctx, id, input });
    revalidatePath("/automations");
    return { ok: true, revision: a.revision, isActive: a.isActive };
  } catch (e) {
    return actionFailure(e, "save automation");
  }
}

export async function duplicateAutomationAction(id: string): Promise<ActionResult<{ id: string }>> {
  try {
    const ctx = await requireActionCtx();
    const a = await duplicateAutomation({ ctx, id });
    revalidatePath("/automations");
    return { ok: true, id: a.id };
  } catch (e) {
    return actionFailure(e, "duplicate automation");
  }
}

export async function deleteAutomationAction(id: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await deleteAutomation({ ctx, id });
    revalidatePath("/automations");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "delete automation");
  }
}

export async function listRunsAction(id: string): Promise<ActionResult<{ runs: AutomationRunJson[] }>> {
  try {
    const ctx = await requireActionCtx();
    return { ok: true, runs: (await listRuns({ ctx, id, query: { limit: 30 } })).map(automationRun) };
  } catch (e) {
    return actionFailure(e, "list runs");
  }
}

export async function testRunAction(id: string, recordId: string | undefined): Promise<ActionResult<{ run: AutomationRunJson }>> {
  try {
    const ctx = await requireActionCtx();
    return { ok: true, run: automationRun(await testRun({ ctx, id, input: { recordId } })) };
  } catch (e) {
    return actionFailure(e, "test automation");
  }
}

export async function rerunAction(id: string, runId: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionCtx();
    await rerun({ ctx, id, runId });
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "re-run automation");
  }
}
