// POST /api/automation/{automation}/test-run – try the automation on a record; a dry run by default
import { testRun } from "@/lib/automation/test-run";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { automationRun } from "@/lib/http/serializers/automations";

export const POST = route<{ automation: string }>(async ({ req, ctx, params }) => automationRun(await testRun({ ctx, id: params.automation, input: await readBody(req) })));
