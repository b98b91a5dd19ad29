// PUT /api/pipelines/{id}/stages/order – reorder the stages {stageIds: [...]} (managers); 200 {data: pipeline}
import { reorderStages } from "@/lib/pipelines/reorder-stages";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { envelope, restPipeline } from "@/lib/http/serializers/rest-settings";

export const PUT = route<{ id: string }>(async ({ req, ctx, params }) => envelope(restPipeline(await reorderStages({ ctx, id: params.id, input: await readBody(req) }))));
