// GET /api/saved-filter/{id} – one saved filter (document 003 names the segment {id} here, {filter} below)
// PATCH /api/saved-filter/{filter} – update name, module, value or private; 200 with the SavedFilter
// DELETE /api/saved-filter/{filter} – delete; 204
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { coneSavedFilter } from "@/lib/http/serializers/saved-filters";
import { deleteSavedFilter } from "@/lib/saved-filters/delete";
import { updateSavedFilter } from "@/lib/saved-filters/update";
import { getSavedFilter } from "@/lib/saved-filters/get";

type Params = { filter: string };

export const GET = route<Params>(async ({ ctx, params }) => coneSavedFilter(await getSavedFilter({ ctx, id: params.filter })));

export const PATCH = route<Params>(async ({ req, ctx, params }) => coneSavedFilter(await updateSavedFilter({ ctx, id: params.filter, input: await readBody(req) })));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteSavedFilter({ ctx, id: params.filter });
  return noContent();
});
