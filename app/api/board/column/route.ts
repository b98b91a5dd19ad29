// GET /api/board/column – the next cards of one board column (stageId + cursor, with the board's filters)
import { getBoardColumn } from "@/lib/deals/board";
import { queryParams } from "@/lib/http/body";
import { route } from "@/lib/http/route";

export const GET = route(async ({ req, ctx }) => {
  const page = await getBoardColumn({ ctx, query: queryParams(req) });
  return { data: page.cards, meta: { nextCursor: page.nextCursor } };
});
