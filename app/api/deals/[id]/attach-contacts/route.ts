// POST /api/deals/{_id}/attach-contacts – link contacts to a deal, idempotently (document 000); 200 {data: {properties, contacts}, message}
import { attachContacts } from "@/lib/deals/attach-contacts";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { alaaqatDeal } from "@/lib/http/serializers/deals";

export const POST = route<{ id: string }>(async ({ req, ctx, params }) => alaaqatDeal(await attachContacts({ ctx, id: params.id, input: await readBody(req) })));
