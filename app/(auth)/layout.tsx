import type { ReactNode } from "react";
import { authMessages } from "@/components/auth/messages";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { getT } from "@/components/i18n/server";
import { LogoMark } from "@/components/ui/icons";

/** Sign-in and sign-up: one centred card on a quiet background, with the language switch (saved in a cookie). */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getT(authMessages);
  return (
    <main className="flex min-h-dvh flex-col items-center bg-slate-50 px-4 py-6 sm:py-10">
      <div className="flex w-full max-w-sm justify-end">
        <LocaleSwitch />
      </div>
      <div className="flex w-full max-w-sm flex-1 flex-col pt-6 sm:justify-center sm:pt-0">
        <div className="mb-7 flex flex-col items-center gap-3 text-center">
          <LogoMark className="size-10" />
          <p className="text-[15px] font-semibold tracking-tight text-slate-900">Rapport</p>
        </div>
        {children}
      </div>
      <p className="mt-10 text-xs text-slate-400">{t("tagline")}</p>
    </main>
  );
}
