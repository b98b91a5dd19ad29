// GET /api/saved-filter – the caller's saved filters and the workspace's shared ones (SavedFilter[])
// POST /api/saved-filter – save a filter: 201 with the SavedFilter (document 003)
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { coneSavedFilter } from "@/lib/http/serializers/saved-filters";
import { createSavedFilter } from "@/lib/saved-filters/create";
import { listSavedFilters } from "@/lib/saved-filters/list";

export const GET = route(async ({ req, ctx }) => (await listSavedFilters({ ctx, query: queryParams(req) })).map(coneSavedFilter));

export const POST = route(async ({ req, ctx }) => created(coneSavedFilter(await createSavedFilter({ ctx, input: await readBody(req) }))));
