// GET /api/query-builder/config/{entity} – react-querybuilder fields and operators for an entity; 404 {error}
import { route } from "@/lib/http/route";
import { queryBuilderConfig } from "@/lib/query/describe";
import { resolveEntity } from "@/lib/query";

export const GET = route<{ entity: string }>(async ({ ctx, params }) => queryBuilderConfig(ctx, resolveEntity(params.entity)));
