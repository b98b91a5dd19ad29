/**
 * The one place that decides the document's language and direction. Everything else uses logical
 * CSS (ms-/me-/ps-/pe-/start-/end-), so switching to a right-to-left locale only changes this.
 */
export const SUPPORTED_LOCALES = ["en", "fr", "ar"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

const RTL_LOCALES: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur"]);

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (SUPPORTED_LOCALES as readonly string[]).includes(value);

export function documentLocale(requested?: string | null): { lang: Locale; dir: "ltr" | "rtl" } {
  const lang = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { lang, dir: RTL_LOCALES.has(lang) ? "rtl" : "ltr" };
}

/** Remembers the language chosen before signing in (the signed-in user's choice is saved on the user). */
export const LOCALE_COOKIE = "rapport-locale";

/** Each language named in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", ar: "العربية" };
