import { DEFAULT_LOCALE } from "@/components/i18n/locale";

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** "Nov 23, 2025". */
export function formatDate(value: Date | string, locale: string = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(toDate(value));
}

/** "Nov 23, 2025, 9:41 AM", for tooltips. */
export function formatDateTime(value: Date | string, locale: string = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(toDate(value));
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 hours ago", "in 2 days", "now". */
export function formatRelative(value: Date | string, now: Date = new Date(), locale: string = DEFAULT_LOCALE): string {
  const seconds = Math.round((toDate(value).getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, "second"); // "now", in the locale's words
}
