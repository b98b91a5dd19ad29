// GET /api/custom-field/{entity} – the custom fields of one entity (the segment is an entity name here)
// PATCH /api/custom-field/{customField} – change a field (the segment is the field's id)
// DELETE /api/custom-field/{customField} – delete a field; 200 with a null body (document 003)
import { deleteCustomField } from "@/lib/custom-fields/delete";
import { listCustomFields } from "@/lib/custom-fields/list";
import { updateCustomField } from "@/lib/custom-fields/update";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneCustomField } from "@/lib/http/serializers/cone-settings";

type Params = { customField: string };

export const GET = route<Params>(async ({ ctx, params }) => (await listCustomFields({ ctx, entity: params.customField })).map(coneCustomField));

export const PATCH = route<Params>(async ({ req, ctx, params }) => coneCustomField(await updateCustomField({ ctx, id: params.customField, input: await readBody(req) })));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteCustomField({ ctx, id: params.customField });
  return null;
});
