// GET /api/lead-sources/{id} – one of the lead sources
// PATCH /api/lead-sources/{id} – change it
// DELETE /api/lead-sources/{id} – delete it (soft); 204
import { deleteLeadSource, getLeadSource, updateLeadSource } from "@/lib/org/lead-sources";
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { envelope, restLeadSource } from "@/lib/http/serializers/rest-settings";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => envelope(restLeadSource(await getLeadSource({ ctx, id: params.id }))));

export const PATCH = route<Params>(async ({ req, ctx, params }) => envelope(restLeadSource(await updateLeadSource({ ctx, id: params.id, input: await readBody(req) }))));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteLeadSource({ ctx, id: params.id });
  return noContent();
});
