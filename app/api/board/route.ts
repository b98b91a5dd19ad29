// GET /api/board – the pipeline board: stages in order with counts, totals and the first cards of each
import { getBoard } from "@/lib/deals/board";
import { queryParams } from "@/lib/http/body";
import { route } from "@/lib/http/route";

export const GET = route(async ({ req, ctx }) => ({ data: await getBoard({ ctx, query: queryParams(req) }) }));
