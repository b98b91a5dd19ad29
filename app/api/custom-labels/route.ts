// GET /api/custom-labels – the workspace's label maps
// POST /api/custom-labels – add a label map {value} (admins); 200 with the CustomLabel (document 003)
import { createCustomLabel } from "@/lib/custom-labels/create";
import { listCustomLabels } from "@/lib/custom-labels/list";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneCustomLabel } from "@/lib/http/serializers/cone-settings";

export const GET = route(async ({ ctx }) => (await listCustomLabels({ ctx })).map(coneCustomLabel));

export const POST = route(async ({ req, ctx }) => coneCustomLabel(await createCustomLabel({ ctx, input: await readBody(req) })));
