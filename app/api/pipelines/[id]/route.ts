// GET /api/pipelines/{id} – one pipeline with its ordered stages
// PATCH /api/pipelines/{id} – rename, move, or make default (managers)
// DELETE /api/pipelines/{id} – delete (managers); 204, or 400 while it holds deals or is the default
import { deletePipeline } from "@/lib/pipelines/delete";
import { readPipeline } from "@/lib/pipelines/list";
import { updatePipeline } from "@/lib/pipelines/update";
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { envelope, restPipeline } from "@/lib/http/serializers/rest-settings";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => envelope(restPipeline(await readPipeline({ ctx, id: params.id }))));

export const PATCH = route<Params>(async ({ req, ctx, params }) => envelope(restPipeline(await updatePipeline({ ctx, id: params.id, input: await readBody(req) }))));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deletePipeline({ ctx, id: params.id });
  return noContent();
});
