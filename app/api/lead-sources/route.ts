// GET /api/lead-sources – list lead sources: {data, meta}
// POST /api/lead-sources – create one; 201 {data}
import { createLeadSource, listLeadSources } from "@/lib/org/lead-sources";
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { envelope, pageEnvelope, restLeadSource } from "@/lib/http/serializers/rest-settings";

export const GET = route(async ({ req, ctx }) => pageEnvelope(await listLeadSources({ ctx, query: queryParams(req) }), restLeadSource));

export const POST = route(async ({ req, ctx }) => created(envelope(restLeadSource(await createLeadSource({ ctx, input: await readBody(req) })))));
