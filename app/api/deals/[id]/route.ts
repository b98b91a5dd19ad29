// GET /api/deals/{id} – one deal, {data: deal} in document 002's shape
// PATCH /api/deals/{id} – partial update (the same verb as document 001's update); 200 {data: deal}
// DELETE /api/deals/{id} – soft delete; 204 (REST conventions)
import { deleteDeal } from "@/lib/deals/delete";
import { getDeal } from "@/lib/deals/get";
import { updateDeal } from "@/lib/deals/update";
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { xalantisDeal } from "@/lib/http/serializers/deals";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => ({ data: xalantisDeal(await getDeal({ ctx, id: params.id })) }));

export const PATCH = route<Params>(async ({ req, ctx, params }) => ({
  data: xalantisDeal(await updateDeal({ ctx, id: params.id, input: await readBody(req) })),
}));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteDeal({ ctx, id: params.id });
  return noContent();
});
