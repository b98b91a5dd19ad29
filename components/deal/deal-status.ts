import { translator } from "@/components/i18n/catalog";
import { DEFAULT_LOCALE, isLocale } from "@/components/i18n/locale";
import { dealMessages } from "./messages";

const STATUSES = new Set(["open", "won", "lost"]);

/** True for a deal status code (open, won, lost). */
export const isDealStatus = (value: unknown): value is "open" | "won" | "lost" => typeof value === "string" && STATUSES.has(value);

/** A deal status as a person reads it ("Won", "Gagnée", "رابحة"); an unknown code is shown as it is. */
export function dealStatusLabel(status: string, locale: string): string {
  if (!isDealStatus(status)) return status;
  return translator(dealMessages, isLocale(locale) ? locale : DEFAULT_LOCALE)(`status.${status}`);
}
