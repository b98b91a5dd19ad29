// GET /api/deals/{id} – one deal, {data: deal} in document 002's shape
// PATCH /api/deals/{id} – partial update (the same verb as document 001's update); 200 {data: deal}
import { getDeal } from "@/lib/deals/get";
import { updateDeal } from "@/lib/deals/update";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { xalantisDeal } from "@/lib/http/serializers/deals";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => ({ data: xalantisDeal(await getDeal({ ctx, id: params.id })) }));

export const PATCH = route<Params>(async ({ req, ctx, params }) => ({
  data: xalantisDeal(await updateDeal({ ctx, id: params.id, input: await readBody(req) })),
}));
