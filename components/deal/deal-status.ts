import { translator } from "@/components/i18n/catalog";
import { DEFAULT_LOCALE, isLocale } from "@/components/i18n/locale";
import { dealMessages } from "./messages";

/** The deal statuses, in the order a person expects them in a list. */
export const DEAL_STATUSES = ["open", "won", "lost"] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

const STATUSES = new Set<string>(DEAL_STATUSES);

/** True for a deal status code (open, won, lost). */
export const isDealStatus = (value: unknown): value is DealStatus => typeof value === "string" && STATUSES.has(value);

/** A deal status as a person reads it ("Won", "Gagnée", "رابحة"); an unknown code is shown as it is. */
export function dealStatusLabel(status: string, locale: string): string {
  if (!isDealStatus(status)) return status;
  return translator(dealMessages, isLocale(locale) ? locale : DEFAULT_LOCALE)(`status.${status}`);
}
