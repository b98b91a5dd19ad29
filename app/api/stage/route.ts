// GET /api/stage – every stage of the workspace (document 003's ConnectionStage[])
// POST /api/stage – create a stage; 201 with the stage
import { readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { coneStage } from "@/lib/http/serializers/cone-settings";
import { createStage } from "@/lib/stages/create";
import { listStages } from "@/lib/stages/list";

export const GET = route(async ({ ctx }) => (await listStages({ ctx })).map(coneStage));

export const POST = route(async ({ req, ctx }) => created(coneStage(await createStage({ ctx, input: await readBody(req) }))));
