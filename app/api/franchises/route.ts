// GET /api/franchises – list franchises: {data, meta}
// POST /api/franchises – create one; 201 {data}
import { createFranchise, listFranchises } from "@/lib/org/franchises";
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { envelope, pageEnvelope, restFranchise } from "@/lib/http/serializers/rest-settings";

export const GET = route(async ({ req, ctx }) => pageEnvelope(await listFranchises({ ctx, query: queryParams(req) }), restFranchise));

export const POST = route(async ({ req, ctx }) => created(envelope(restFranchise(await createFranchise({ ctx, input: await readBody(req) })))));
