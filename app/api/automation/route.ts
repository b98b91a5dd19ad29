// GET /api/automation – every automation of the workspace, newest first (document 003; with ids)
// POST /api/automation – create an automation; 200 with it (document 003 answers 200, not 201)
import { createAutomation } from "@/lib/automation/create";
import { listAutomations } from "@/lib/automation/list";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneAutomation } from "@/lib/http/serializers/automations";

export const GET = route(async ({ ctx }) => (await listAutomations({ ctx })).map((a) => coneAutomation(a, ctx)));

export const POST = route(async ({ req, ctx }) => coneAutomation(await createAutomation({ ctx, input: await readBody(req) }), ctx));
