import type { ReactNode } from "react";
import { getT } from "@/components/i18n/server";
import { searchAction } from "@/app/actions/search";
import { CommandPalette } from "@/components/search/command-palette";
import { QueryProvider } from "@/components/query/provider";
import { shellMessages } from "@/components/shell/messages";
import { Sidebar } from "@/components/shell/sidebar";
import { requirePageCtx } from "@/lib/auth/session";

/** The signed-in app: sidebar + page. Reading the session makes every page below it dynamic. */
export default async function CrmLayout({ children }: { children: ReactNode }) {
  const ctx = await requirePageCtx();
  const t = await getT(shellMessages);
  return (
    <div className="min-h-dvh bg-white md:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:start-3 focus:top-3 focus:z-[60] focus:rounded-lg focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        {t("skip")}
      </a>
      <Sidebar tenantName={ctx.tenantName} user={{ name: ctx.name, email: ctx.email, role: ctx.role }} />
      <main id="main" className="min-w-0 flex-1 px-4 py-5 sm:px-6 md:px-8 md:py-7">
        <div className="mb-4 flex justify-end md:-mt-2">
          <CommandPalette search={searchAction} />
        </div>
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  );
}
