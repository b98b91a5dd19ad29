// PATCH /api/task/{task} – update a task (document 003); 200 with the Task, 400 a bare string
// DELETE /api/task/{task} – delete a task (soft); 200 with an empty body, 403 when not allowed, 404
import { readBody } from "@/lib/http/body";
import { emptyOk, route } from "@/lib/http/route";
import { coneTask } from "@/lib/http/serializers/tasks";
import { deleteTask } from "@/lib/tasks/delete";
import { updateTask } from "@/lib/tasks/update";

type Params = { task: string };

export const PATCH = route<Params>(
  async ({ req, ctx, params }) => coneTask(await updateTask({ ctx, id: params.task, input: await readBody(req), dialect: "cone" }), ctx),
  { errors: "string" },
);

export const DELETE = route<Params>(
  async ({ ctx, params }) => {
    await deleteTask({ ctx, id: params.task });
    return emptyOk();
  },
  { errors: "string" },
);
