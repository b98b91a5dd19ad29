"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { translator, type Catalog, type Messages, type Translator } from "./catalog";
import { DEFAULT_LOCALE, type Locale } from "./locale";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** Set once by the root layout from the user's preference (see server.ts). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export const useLocale = () => useContext(LocaleContext);

/** In client components: `const t = useT(messages)`. */
export function useT<E extends Messages>(catalog: Catalog<E>): Translator<E> {
  const locale = useLocale();
  return useMemo(() => translator(catalog, locale), [catalog, locale]);
}
