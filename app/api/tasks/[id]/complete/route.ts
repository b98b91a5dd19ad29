// POST /api/tasks/{id}/complete – mark a task done (idempotent); 200 {data: task}
import { route } from "@/lib/http/route";
import { restTask } from "@/lib/http/serializers/tasks";
import { completeTask } from "@/lib/tasks/complete";

export const POST = route<{ id: string }>(async ({ ctx, params }) => ({ data: restTask(await completeTask({ ctx, id: params.id })) }));
