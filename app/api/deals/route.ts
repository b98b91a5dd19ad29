// POST /api/deals – create a deal, finding or creating its contact by email (document 002); 201 {data: deal}
import { createDeal } from "@/lib/deals/create";
import { readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { xalantisDeal } from "@/lib/http/serializers/deals";

export const POST = route(async ({ req, ctx }) => created({ data: xalantisDeal(await createDeal({ ctx, input: await readBody(req) })) }));
