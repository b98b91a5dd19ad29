"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions/locale";
import { cn } from "@/components/ui/cn";
import { defineMessages } from "./catalog";
import { LOCALE_NAMES, SUPPORTED_LOCALES } from "./locale";
import { useLocale, useT } from "./provider";

const messages = defineMessages({
  en: { label: "Language" },
  fr: { label: "Langue" },
  ar: { label: "اللغة" },
});

/** The language switch: a native select, so it is keyboard- and screen-reader-friendly for free. */
export function LocaleSwitch({ className }: { className?: string }) {
  const t = useT(messages);
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className={cn("flex items-center gap-2 text-xs text-slate-600", className)}>
      <span>{t("label")}</span>
      <select
        data-testid="locale-switch"
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          start(async () => {
            await setLocaleAction(next);
            router.refresh();
          });
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800"
      >
        {SUPPORTED_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
