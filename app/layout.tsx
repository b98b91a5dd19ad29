import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { documentLocale } from "@/components/i18n/locale";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rapport", template: "%s · Rapport" },
  description: "Rapport, an open-source CRM for sales teams",
};

export const viewport: Viewport = { themeColor: "#ffffff", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  // English until the i18n work reads the user's locale here.
  const { lang, dir } = documentLocale();
  return (
    <html lang={lang} dir={dir}>
      <body>{children}</body>
    </html>
  );
}
