import type { RestTask } from "@/lib/http/serializers/tasks";

export type OpenTasksPage = { data: RestTask[]; meta: { total: number; limit: number; offset: number } };
export const OPEN_PAGE_SIZE = 100;

/** One page of open tasks from GET /api/tasks (the browser's session authenticates it), by due date. */
export async function fetchOpenTasks(assignee: string, offset: number): Promise<OpenTasksPage> {
  const params = new URLSearchParams({ status: "open", sort: "dueAt", limit: String(OPEN_PAGE_SIZE), offset: String(offset) });
  if (assignee !== "all") params.set("assigneeId", assignee);
  const res = await fetch(`/api/tasks?${params}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`GET /api/tasks answered ${res.status}`);
  return (await res.json()) as OpenTasksPage;
}
