import type { Translator } from "@/components/i18n/catalog";
import { dealStatusLabel, isDealStatus } from "@/components/deal/deal-status";
import { formatDate, formatDateTime } from "@/components/format/date";
import { formatList } from "@/components/format/list";
import { isTaskType, taskTypeLabel } from "@/components/tasks/task-type";
import type { timelineMessages } from "./messages";

type T = Translator<(typeof timelineMessages)["en"]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DECIMAL = /^-?\d+\.\d+$/;

/** "expectedCloseDate" → "Expected close date", for fields the catalog does not name. */
export const humanise = (key: string) => {
  const words = key.replace(/Id$/, "").replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A changed field's name: the catalog's, a custom field's label (from the page's `labels`), or the key in words. */
export function fieldLabel(t: T, known: Record<string, string>, key: string, labels: Record<string, string> = {}): string {
  if (known[`field.${key}`] !== undefined) return t(`field.${key}` as never);
  return labels[key] ?? humanise(key);
}

/** A value of a change as a person reads it: names instead of ids, dates and numbers for the locale. */
export function formatValue(t: T, value: unknown, field: string, labels: Record<string, string>, locale: string): string {
  if (value === null || value === undefined || value === "") return t("empty_value");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  // A custom field's choice (or list of choices) by its label.
  if (Array.isArray(value)) return formatList(value.map((v) => (typeof v === "string" ? (labels[`${field}=${v}`] ?? v) : JSON.stringify(v))), locale);
  if (typeof value === "string") {
    if (labels[`${field}=${value}`] !== undefined) return labels[`${field}=${value}`]!;
    if (UUID.test(value)) return labels[value] ?? value.slice(0, 8);
    if (field === "status" && isDealStatus(value)) return dealStatusLabel(value, locale);
    if (field === "type" && isTaskType(value)) return taskTypeLabel(value, locale);
    if (DATE.test(value)) return formatDate(`${value}T00:00:00`, locale);
    if (TIMESTAMP.test(value)) return formatDateTime(value, locale);
    if (DECIMAL.test(value)) return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Number(value));
    return value;
  }
  return JSON.stringify(value);
}
