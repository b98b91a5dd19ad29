// POST /api/deals/{_id}/detach-contact – unlink one contact from a deal (document 000); 200 {data: {properties, contacts}, message}
import { detachContact } from "@/lib/deals/detach-contact";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { alaaqatDeal } from "@/lib/http/serializers/deals";

export const POST = route<{ id: string }>(async ({ req, ctx, params }) => alaaqatDeal(await detachContact({ ctx, id: params.id, input: await readBody(req) })));
