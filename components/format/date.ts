import { DEFAULT_LOCALE } from "@/components/i18n/locale";

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

// Building an Intl formatter costs far more than using one (a board of 200 cards spent a quarter of a
// second per render in the constructor), so each locale and style is built once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${options.dateStyle ?? ""}|${options.timeStyle ?? ""}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" })));
  return format;
}

/** "Nov 23, 2025". */
export function formatDate(value: Date | string, locale: string = DEFAULT_LOCALE): string {
  return dateFormat(locale, { dateStyle: "medium" }).format(toDate(value));
}

/** "Nov 23, 2025, 9:41 AM", for tooltips. */
export function formatDateTime(value: Date | string, locale: string = DEFAULT_LOCALE): string {
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(toDate(value));
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
  const rtf = relativeFormat(locale);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, "second"); // "now", in the locale's words
}
