// GET /api/custom-field – every custom field of the workspace
// POST /api/custom-field – add a custom field (admins); 200 with the field (document 003)
import { createCustomField } from "@/lib/custom-fields/create";
import { listCustomFields } from "@/lib/custom-fields/list";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneCustomField } from "@/lib/http/serializers/cone-settings";

export const GET = route(async ({ ctx }) => (await listCustomFields({ ctx })).map(coneCustomField));

export const POST = route(async ({ req, ctx }) => coneCustomField(await createCustomField({ ctx, input: await readBody(req) })));
