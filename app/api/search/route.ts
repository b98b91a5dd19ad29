// GET /api/search?q=…&limit=5 – the global (Ctrl/Cmd-K) search over contacts, accounts and deals
import { queryParams } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { searchEverything } from "@/lib/search/global";

export const GET = route(async ({ req, ctx }) => ({ data: await searchEverything({ ctx, input: queryParams(req) }) }));
