import { and, eq, gte, ilike, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { tasks, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { compileWhere, savedFilterWhere } from "@/lib/query";
import { containsPattern } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { ListTasksQuery } from "./schemas";
import { liveTask, withRelations, type TaskView } from "./views";

const SORT_COLUMNS = {
  dueAt: tasks.endAt,
  startAt: tasks.startAt,
  createdAt: tasks.createdAt,
  modifiedAt: tasks.modifiedAt,
  completedAt: tasks.completedAt,
  title: tasks.title,
  type: tasks.type,
  // By the assignee's name (unassigned tasks last).
  assignee: sql`(select ${users.name} from ${users} where ${users.id} = ${tasks.assigneeId})`,
} as const;

export type TaskPage = { data: TaskView[]; total: number; limit: number; offset: number };

/**
 * A page of the workspace's tasks with the count of every match (GET /api/tasks, the My tasks page).
 * Every member of the workspace may read every task; `assigneeId=me` narrows to the caller's.
 * Sorted tasks without a date come last either way; the id breaks ties so that pages are stable.
 */
export async function listTasks({ ctx, query, now = new Date() }: { ctx: Ctx; query: unknown; now?: Date }): Promise<TaskPage> {
  const q = parseInput(ListTasksQuery, query);
  const conditions: (SQL | undefined)[] = [liveTask(ctx)];
  if (q.search) {
    const pattern = containsPattern(q.search);
    conditions.push(or(ilike(tasks.title, pattern), ilike(tasks.note, pattern)));
  }
  if (q.status === "open") conditions.push(sql`${tasks.completedAt} is null`);
  if (q.status === "completed") conditions.push(sql`${tasks.completedAt} is not null`);
  if (q.status === "overdue") conditions.push(sql`${tasks.completedAt} is null`, lt(tasks.endAt, now));
  if (q.assigneeId) conditions.push(eq(tasks.assigneeId, q.assigneeId === "me" ? ctx.userId : q.assigneeId));
  if (q.type) conditions.push(eq(tasks.type, q.type));
  if (q.contactId) conditions.push(eq(tasks.contactId, q.contactId));
  if (q.accountId) conditions.push(eq(tasks.accountId, q.accountId));
  if (q.dealId) conditions.push(eq(tasks.dealId, q.dealId));
  if (q.dueFrom) conditions.push(gte(tasks.endAt, q.dueFrom));
  if (q.dueTo) conditions.push(lte(tasks.endAt, q.dueTo));
  if (q.filter) conditions.push(await savedFilterWhere({ ctx, entity: "task", filterId: q.filter }));
  if (q.query) conditions.push(await compileWhere({ ctx, entity: "task", query: q.query, path: "query" }));
  const where = and(...conditions);

  const descending = q.sort.startsWith("-");
  const column = SORT_COLUMNS[q.sort.replace(/^-/, "") as keyof typeof SORT_COLUMNS];
  const order = descending ? sql`${column} desc nulls last` : sql`${column} asc nulls last`;
  const [rows, [count]] = await Promise.all([
    db.select().from(tasks).where(where).orderBy(order, sql`${tasks.id} asc`).limit(q.limit).offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(tasks).where(where),
  ]);
  return { data: await withRelations(db, ctx, rows), total: count?.n ?? 0, limit: q.limit, offset: q.offset };
}
