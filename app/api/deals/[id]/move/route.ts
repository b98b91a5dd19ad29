// POST /api/deals/{id}/move – move a deal to a stage and a place in its column (one row written)
import { readBody } from "@/lib/http/body";
import { moveDeal } from "@/lib/deals/move";
import { route } from "@/lib/http/route";
import { movedDeal } from "@/lib/http/serializers/board";

export const POST = route<{ id: string }>(async ({ req, ctx, params }) => ({ data: movedDeal(await moveDeal({ ctx, id: params.id, input: await readBody(req) })) }));
