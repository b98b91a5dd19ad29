import { z } from "zod";

/**
 * Dates every part of Rapport can store and print: years 1 to 9999. PostgreSQL has no year 0 (it
 * refuses "0000-01-01"), and ISO 8601's plain form has four digits.
 */
export function inDateRange(d: Date): boolean {
  const year = d.getUTCFullYear();
  return !Number.isNaN(d.getTime()) && year >= 1 && year <= 9999;
}

/** "YYYY-MM-DD" naming a real day in that range (no 2026-02-30, no year 0), as midnight UTC; null otherwise. */
export function calendarDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const d = new Date(`${text}T00:00:00Z`);
  return inDateRange(d) && d.toISOString().slice(0, 10) === text ? d : null;
}

/** An ISO 8601 date-time with an offset, in the range above; kept as the string given. */
export const isoDateTime = (error: string) =>
  z.iso.datetime({ offset: true, error }).refine((s) => inDateRange(new Date(s)), error);
