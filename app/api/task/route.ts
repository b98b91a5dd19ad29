// POST /api/task – create a task (document 003's TaskRequest); 200 with the Task, 400 a bare string
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneTask } from "@/lib/http/serializers/tasks";
import { createTask } from "@/lib/tasks/create";

export const POST = route(async ({ req, ctx }) => coneTask(await createTask({ ctx, input: await readBody(req), dialect: "cone" }), ctx), { errors: "string" });
