/**
 * How the task list splits open tasks: overdue (due before now), today (due later today), upcoming
 * (due on a later day) and without a due date. "Today" is the calendar day in the person's time zone,
 * so the server and the browser group alike when given the same zone.
 */
export type TaskGroup = "overdue" | "today" | "upcoming" | "noDate";
export const TASK_GROUPS: TaskGroup[] = ["overdue", "today", "upcoming", "noDate"];

const dayKeyFormat = new Map<string, Intl.DateTimeFormat>();

/** "2025-03-01": the calendar day of `date` in `timeZone`. */
export function dayKey(date: Date, timeZone: string): string {
  let f = dayKeyFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayKeyFormat.set(timeZone, f);
  }
  return f.format(date);
}

export function groupOf(dueAt: string | null, now: Date, timeZone: string): TaskGroup {
  if (!dueAt) return "noDate";
  const due = new Date(dueAt);
  if (due.getTime() < now.getTime()) return "overdue";
  return dayKey(due, timeZone) === dayKey(now, timeZone) ? "today" : "upcoming";
}

/** The tasks of each group, in the order given (the list is sorted by due date). */
export function groupTasks<T extends { dueAt: string | null }>(tasks: readonly T[], now: Date, timeZone: string): Record<TaskGroup, T[]> {
  const out: Record<TaskGroup, T[]> = { overdue: [], today: [], upcoming: [], noDate: [] };
  for (const t of tasks) out[groupOf(t.dueAt, now, timeZone)].push(t);
  return out;
}

/** A time zone name the runtime knows, else UTC (the cookie it comes from is the browser's word). */
export function safeTimeZone(value: string | undefined | null): string {
  if (!value) return "UTC";
  try {
    const zone = decodeURIComponent(value);
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

export const TIME_ZONE_COOKIE = "rapport-tz";
