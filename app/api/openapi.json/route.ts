// GET /api/openapi.json – the OpenAPI 3.1 document of this API (no credentials needed)
import { buildOpenApiDocument } from "@/lib/http/openapi/document";
import { publicRoute } from "@/lib/http/route";

export const GET = publicRoute(async ({ req }) => buildOpenApiDocument(new URL(req.url).origin));
