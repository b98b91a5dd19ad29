// POST /api/tasks/{id}/reopen – mark a done task not done (idempotent); 200 {data: task}
import { route } from "@/lib/http/route";
import { restTask } from "@/lib/http/serializers/tasks";
import { reopenTask } from "@/lib/tasks/complete";

export const POST = route<{ id: string }>(async ({ ctx, params }) => ({ data: restTask(await reopenTask({ ctx, id: params.id })) }));
