// GET /api/deals – list deals: {data, meta: {total, limit, offset}} (REST conventions, camelCase; docs/api.md)
// POST /api/deals – create a deal, finding or creating its contact by email (document 002); 201 {data: deal}
import { createDeal } from "@/lib/deals/create";
import { listDeals } from "@/lib/deals/list";
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { xalantisDeal } from "@/lib/http/serializers/deals";
import { restDeal } from "@/lib/http/serializers/deals-rest";

export const GET = route(async ({ req, ctx }) => {
  const page = await listDeals({ ctx, query: queryParams(req) });
  return { data: page.data.map(restDeal), meta: page.meta };
});

export const POST = route(async ({ req, ctx }) => created({ data: xalantisDeal(await createDeal({ ctx, input: await readBody(req) })) }));
