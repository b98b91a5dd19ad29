import type { Locale } from "./locale";

/**
 * Translations live beside the feature that shows them: `components/<feature>/messages.ts` exports one
 * `defineMessages({ en, fr, ar })`. English is the source; the types make French and Arabic carry exactly
 * the same keys, so a missing translation is a type error rather than a blank on screen.
 */
export type Messages = Record<string, string>;
export type Catalog<E extends Messages> = Record<Locale, { [K in keyof E]: string }>;

export function defineMessages<const E extends Messages>(catalog: { en: E; fr: { [K in keyof E]: string }; ar: { [K in keyof E]: string } }): Catalog<E> {
  return catalog;
}

export type Vars = Record<string, string | number>;

/**
 * `t("greeting", { name })` fills `{name}`. Plurals: `t("deals", { count })` uses the key `deals_one`,
 * `deals_few`… that Intl.PluralRules picks for the locale (Arabic has six forms), then `deals_other`,
 * then `deals`. Numbers in variables are formatted for the locale.
 */
export type Translator<E extends Messages> = (key: PluralBase<keyof E & string>, vars?: Vars) => string;

type PluralSuffix = "_zero" | "_one" | "_two" | "_few" | "_many" | "_other";
type PluralBase<K extends string> = K | (K extends `${infer B}${PluralSuffix}` ? B : never);

export function translator<E extends Messages>(catalog: Catalog<E>, locale: Locale): Translator<E> {
  const messages = catalog[locale] as Messages;
  const fallback = catalog.en as Messages;
  const plural = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const lookup = (key: string) => messages[key] ?? fallback[key];
  return (key, vars) => {
    let text: string | undefined;
    if (vars && typeof vars.count === "number") {
      const form = vars.count === 0 && lookup(`${key}_zero`) !== undefined ? "zero" : plural.select(vars.count);
      text = lookup(`${key}_${form}`) ?? lookup(`${key}_other`);
    }
    text ??= lookup(key) ?? key;
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? numbers.format(value) : value;
    });
  };
}
