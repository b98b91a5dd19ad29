// PATCH /api/custom-labels/{id} – replace a label map
// DELETE /api/custom-labels/{id} – soft delete; 200 with a null body (document 003)
import { deleteCustomLabel } from "@/lib/custom-labels/delete";
import { updateCustomLabel } from "@/lib/custom-labels/update";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneCustomLabel } from "@/lib/http/serializers/cone-settings";

type Params = { id: string };

export const PATCH = route<Params>(async ({ req, ctx, params }) => coneCustomLabel(await updateCustomLabel({ ctx, id: params.id, input: await readBody(req) })));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteCustomLabel({ ctx, id: params.id });
  return null;
});
