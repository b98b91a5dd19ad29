// GET /api/tasks – page of tasks with filters: {data, meta: {total, limit, offset}}
// POST /api/tasks – create a task; 201 {data: task}
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { restTask } from "@/lib/http/serializers/tasks";
import { createTask } from "@/lib/tasks/create";
import { listTasks } from "@/lib/tasks/list";

export const GET = route(async ({ req, ctx }) => {
  const page = await listTasks({ ctx, query: queryParams(req) });
  return { data: page.data.map(restTask), meta: { total: page.total, limit: page.limit, offset: page.offset } };
});

export const POST = route(async ({ req, ctx }) => created({ data: restTask(await createTask({ ctx, input: await readBody(req) })) }));
