import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { documentLocale } from "@/components/i18n/locale";
import { LocaleProvider } from "@/components/i18n/provider";
import { getLocale } from "@/components/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rapport", template: "%s · Rapport" },
  description: "Rapport, an open-source CRM for sales teams",
};

export const viewport: Viewport = { themeColor: "#ffffff", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { lang, dir } = documentLocale(await getLocale());
  return (
    <html lang={lang} dir={dir}>
      <body>
        <LocaleProvider locale={lang}>{children}</LocaleProvider>
      </body>
    </html>
  );
}
