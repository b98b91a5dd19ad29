// GET /api/filters – filter definitions of every entity: {data: [{entity, filters}]} (document 003)
import { route } from "@/lib/http/route";
import { allFilterDefinitions } from "@/lib/query/describe";

export const GET = route(async ({ ctx }) => ({ data: await allFilterDefinitions(ctx) }));
