// GET /api/franchises/{id} – one of the franchises
// PATCH /api/franchises/{id} – change it
// DELETE /api/franchises/{id} – delete it (soft); 204
import { deleteFranchise, getFranchise, updateFranchise } from "@/lib/org/franchises";
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { envelope, restFranchise } from "@/lib/http/serializers/rest-settings";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => envelope(restFranchise(await getFranchise({ ctx, id: params.id }))));

export const PATCH = route<Params>(async ({ req, ctx, params }) => envelope(restFranchise(await updateFranchise({ ctx, id: params.id, input: await readBody(req) }))));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteFranchise({ ctx, id: params.id });
  return noContent();
});
