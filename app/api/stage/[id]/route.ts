// GET /api/stage/{id} – one stage
// PATCH /api/stage/{id} – rename, recolour, re-weight or move a stage
// DELETE /api/stage/{id} – delete a stage; 204, or 400 while deals are in it
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { coneStage } from "@/lib/http/serializers/cone-settings";
import { deleteStage } from "@/lib/stages/delete";
import { getStage } from "@/lib/stages/list";
import { updateStage } from "@/lib/stages/update";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => coneStage(await getStage({ ctx, id: params.id })));

export const PATCH = route<Params>(async ({ req, ctx, params }) => coneStage(await updateStage({ ctx, id: params.id, input: await readBody(req) })));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteStage({ ctx, id: params.id });
  return noContent();
});
