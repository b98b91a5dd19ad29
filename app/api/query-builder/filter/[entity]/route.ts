// POST /api/query-builder/filter/{entity} – run a query: {success, data, total, limit, offset}; 400/404 {error}
import { queryParams, readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneRecords } from "@/lib/http/serializers/query";
import { resolveEntity } from "@/lib/query";
import { runQuery } from "@/lib/query/results";

export const POST = route<{ entity: string }>(async ({ req, ctx, params }) => {
  const entity = resolveEntity(params.entity);
  const results = await runQuery({ ctx, entity, input: await readBody(req), params: queryParams(req) });
  return { success: true, data: coneRecords(results, ctx), total: results.total, limit: results.limit, offset: results.offset };
});
