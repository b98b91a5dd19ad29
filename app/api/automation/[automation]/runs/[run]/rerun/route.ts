// POST /api/automation/{automation}/runs/{run}/rerun – run again on the same event with the current graph; 202
import { rerun } from "@/lib/automation/rerun";
import { route } from "@/lib/http/route";
import { automationRun } from "@/lib/http/serializers/automations";

export const POST = route<{ automation: string; run: string }>(async ({ ctx, params }) =>
  Response.json(automationRun(await rerun({ ctx, id: params.automation, runId: params.run })), { status: 202 }),
);
