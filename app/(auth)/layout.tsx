import type { ReactNode } from "react";
import { LogoMark } from "@/components/ui/icons";

/** Sign-in and sign-up: one centred card on a quiet background. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center bg-slate-50 px-4 py-10 sm:justify-center sm:py-16">
      <div className="w-full max-w-sm">
        <div className="mb-7 flex flex-col items-center gap-3 text-center">
          <LogoMark className="size-10" />
          <p className="text-[15px] font-semibold tracking-tight text-slate-900">Rapport</p>
        </div>
        {children}
      </div>
      <p className="mt-10 text-xs text-slate-400">Rapport · open-source CRM</p>
    </main>
  );
}
