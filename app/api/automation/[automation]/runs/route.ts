// GET /api/automation/{id}/runs – the automation's runs, newest first, each with its steps
import { listRuns } from "@/lib/automation/list-runs";
import { queryParams } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { automationRun } from "@/lib/http/serializers/automations";

export const GET = route<{ automation: string }>(async ({ req, ctx, params }) =>
  (await listRuns({ ctx, id: params.automation, query: queryParams(req) })).map(automationRun),
);
