// PATCH /api/pipelines/{id}/stages/{stageId} – change a stage of this pipeline (managers)
// DELETE /api/pipelines/{id}/stages/{stageId} – delete it; 204, or 400 while deals are in it
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { envelope, restStage } from "@/lib/http/serializers/rest-settings";
import { deleteStage } from "@/lib/stages/delete";
import { updateStage } from "@/lib/stages/update";

type Params = { id: string; stageId: string };

export const PATCH = route<Params>(async ({ req, ctx, params }) =>
  envelope(restStage(await updateStage({ ctx, id: params.stageId, pipelineId: params.id, input: await readBody(req) }))),
);

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteStage({ ctx, id: params.stageId, pipelineId: params.id });
  return noContent();
});
