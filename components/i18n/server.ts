import { cookies, headers } from "next/headers";
import { cache } from "react";
import { currentCtx } from "@/lib/auth/session";
import { translator, type Catalog, type Messages, type Translator } from "./catalog";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, SUPPORTED_LOCALES, type Locale } from "./locale";

/**
 * The language of this request: the signed-in user's saved preference, else the cookie set by the
 * language switch on the sign-in pages, else the browser's Accept-Language, else English.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const ctx = await currentCtx().catch(() => null);
  if (ctx && isLocale(ctx.locale)) return ctx.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const accepted = (await headers()).get("accept-language") ?? "";
  for (const part of accepted.split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if ((SUPPORTED_LOCALES as readonly string[]).includes(tag ?? "")) return tag as Locale;
  }
  return DEFAULT_LOCALE;
});

/** In server components: `const t = await getT(messages)`. */
export async function getT<E extends Messages>(catalog: Catalog<E>): Promise<Translator<E>> {
  return translator(catalog, await getLocale());
}
