// GET /api/automation/{automation} – one automation
// PATCH /api/automation/{automation} – change the fields given; activating needs a valid graph
// DELETE /api/automation/{automation} – soft delete; 200 with an empty body
import { deleteAutomation } from "@/lib/automation/delete";
import { getAutomation } from "@/lib/automation/list";
import { updateAutomation } from "@/lib/automation/update";
import { readBody } from "@/lib/http/body";
import { emptyOk, route } from "@/lib/http/route";
import { coneAutomation } from "@/lib/http/serializers/automations";

type Params = { automation: string };

export const GET = route<Params>(async ({ ctx, params }) => coneAutomation(await getAutomation({ ctx, id: params.automation }), ctx));

export const PATCH = route<Params>(async ({ req, ctx, params }) =>
  coneAutomation(await updateAutomation({ ctx, id: params.automation, input: await readBody(req) }), ctx),
);

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteAutomation({ ctx, id: params.automation });
  return emptyOk();
});
