// POST /api/pipelines/{id}/stages – add a stage to a pipeline (managers); 201 {data}
import { readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { envelope, restStage } from "@/lib/http/serializers/rest-settings";
import { createStage } from "@/lib/stages/create";

export const POST = route<{ id: string }>(async ({ req, ctx, params }) =>
  created(envelope(restStage(await createStage({ ctx, pipelineId: params.id, input: await readBody(req) })))),
);
