// GET /api/filters/{entity} – filter definitions of one entity (Filter2[]); 404 {error} for an unknown entity
import { route } from "@/lib/http/route";
import { filterDefinition } from "@/lib/query/describe";
import { describeFields, resolveEntity } from "@/lib/query";

export const GET = route<{ entity: string }>(async ({ ctx, params }) => (await describeFields(ctx, resolveEntity(params.entity))).map(filterDefinition));
