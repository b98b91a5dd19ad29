import { calendarDay } from "@/lib/dates";
import type { DateBound } from "./types";

/**
 * Date values of filters: ISO dates ("2025-03-01"), ISO date-times ("2025-03-01T09:30:00Z") and
 * relative phrases that follow the clock, so that a saved "closing in the next 30 days" stays true:
 *
 *   now · today · yesterday · tomorrow
 *   this|last|next day|week|month|quarter|year         (weeks start on Monday)
 *   last|next N hours|days|weeks|months|years          (N between 1 and 3650; includes today)
 *   N days|weeks|months|years ago · in N days|weeks|months|years
 *
 * Days are UTC days. A value is a period [start, end) or, for "now" and date-times, an instant.
 */
const DAY = 86_400_000;
type Unit = "hour" | "day" | "week" | "month" | "quarter" | "year";

const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));

function startOf(unit: Unit, now: Date): Date {
  const day = startOfDay(now);
  switch (unit) {
    case "hour":
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours()));
    case "day":
      return day;
    case "week":
      return addDays(day, -((day.getUTCDay() + 6) % 7));
    case "month":
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    case "quarter":
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (now.getUTCMonth() % 3), 1));
    case "year":
      return new Date(Date.UTC(now.getUTCFullYear(), 0, 1));
  }
}

function add(unit: Unit, d: Date, n: number): Date {
  switch (unit) {
    case "hour":
      return new Date(d.getTime() + n * 3_600_000);
    case "day":
      return addDays(d, n);
    case "week":
      return addDays(d, 7 * n);
    case "month":
      return addMonths(d, n);
    case "quarter":
      return addMonths(d, 3 * n);
    case "year":
      return addMonths(d, 12 * n);
  }
}

const period = (start: Date, end: Date) => ({ start, end, point: false });

/** Resolves a relative phrase to a period or an instant, or returns null when it is not one. */
function relative(text: string, now: Date): { start: Date; end: Date; point: boolean } | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  const today = startOfDay(now);
  if (t === "now") return { start: now, end: now, point: true };
  if (t === "today") return period(today, addDays(today, 1));
  if (t === "yesterday") return period(addDays(today, -1), today);
  if (t === "tomorrow") return period(addDays(today, 1), addDays(today, 2));
  let m = /^(this|last|next) (day|week|month|quarter|year)$/.exec(t);
  if (m) {
    const unit = m[2] as Unit;
    const shift = m[1] === "this" ? 0 : m[1] === "last" ? -1 : 1;
    const start = add(unit, startOf(unit, now), shift);
    return period(start, add(unit, start, 1));
  }
  m = /^(last|next) (\d{1,4}) (hour|day|week|month|quarter|year)s?$/.exec(t);
  if (m) {
    const n = Number(m[2]);
    const unit = m[3] as Unit;
    if (n < 1 || n > 3650) return null;
    if (unit === "hour") return m[1] === "last" ? period(add("hour", now, -n), now) : period(now, add("hour", now, n));
    // Whole days, today included: "last 7 days" is the 7 days before today and today.
    return m[1] === "last" ? period(add(unit, today, -n), addDays(today, 1)) : period(today, addDays(add(unit, today, n), 1));
  }
  m = /^(?:(\d{1,4}) (day|week|month|quarter|year)s? ago|in (\d{1,4}) (day|week|month|quarter|year)s?)$/.exec(t);
  if (m) {
    const n = m[1] ? -Number(m[1]) : Number(m[3]);
    const unit = (m[2] ?? m[4]) as Unit;
    if (Math.abs(n) > 3650) return null;
    const day = add(unit, today, n);
    return period(day, addDays(day, 1));
  }
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses a date value for a field of `kind`. Returns null when the value is not a date.
 * For `date` fields the bounds are "YYYY-MM-DD" days; for `datetime` fields ISO instants.
 */
export function parseDateValue(value: unknown, kind: "date" | "datetime", now: Date = new Date()): DateBound | null {
  if (typeof value !== "string" || value.length > 40) return null;
  const text = value.trim();
  let resolved: { start: Date; end: Date; point: boolean } | null = null;
  const dm = ISO_DATE.exec(text);
  if (dm) {
    const d = calendarDay(text);
    if (!d) return null;
    resolved = period(d, addDays(d, 1));
  } else if (ISO_DATETIME.test(text)) {
    const d = new Date(text.replace(" ", "T"));
    if (Number.isNaN(d.getTime())) return null;
    resolved = { start: d, end: d, point: true };
  } else {
    resolved = relative(text, now);
  }
  if (!resolved) return null;
  const year = resolved.start.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  if (kind === "datetime") return { start: resolved.start.toISOString(), end: resolved.end.toISOString(), point: resolved.point };
  // A date field compares whole days: an instant becomes its day, a period its days.
  const startDay = startOfDay(resolved.start);
  const endDay = resolved.point ? addDays(startDay, 1) : startOfDay(addDays(resolved.end, 0)).getTime() === resolved.end.getTime() ? resolved.end : addDays(startOfDay(resolved.end), 1);
  return { start: startDay.toISOString().slice(0, 10), end: endDay.toISOString().slice(0, 10), point: false };
}

/** Examples the UI offers next to date inputs. */
export const RELATIVE_DATE_EXAMPLES = ["today", "yesterday", "this week", "last month", "last 30 days", "next 7 days", "3 days ago", "in 2 weeks"] as const;
