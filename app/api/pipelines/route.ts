// GET /api/pipelines – pipelines with their ordered stages: {data, meta}
// POST /api/pipelines – create a pipeline (managers); 201 {data}
import { createPipeline } from "@/lib/pipelines/create";
import { listPipelines } from "@/lib/pipelines/list";
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { envelope, pageEnvelope, restPipeline } from "@/lib/http/serializers/rest-settings";

export const GET = route(async ({ req, ctx }) => pageEnvelope(await listPipelines({ ctx, query: queryParams(req) }), restPipeline));

export const POST = route(async ({ req, ctx }) => created(envelope(restPipeline(await createPipeline({ ctx, input: await readBody(req) })))));
