// GET /api/tasks/{id} – one task, {data: task}
// PATCH /api/tasks/{id} – partial update; 200 {data: task}
// DELETE /api/tasks/{id} – delete a task (soft); 204
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { restTask } from "@/lib/http/serializers/tasks";
import { deleteTask } from "@/lib/tasks/delete";
import { getTask } from "@/lib/tasks/get";
import { updateTask } from "@/lib/tasks/update";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => ({ data: restTask(await getTask({ ctx, id: params.id })) }));

export const PATCH = route<Params>(async ({ req, ctx, params }) => ({ data: restTask(await updateTask({ ctx, id: params.id, input: await readBody(req) })) }));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteTask({ ctx, id: params.id });
  return noContent();
});
