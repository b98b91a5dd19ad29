"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOut } from "next-auth/react";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { CloseIcon, LogoMark, MenuIcon, SignOutIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { useT } from "@/components/i18n/provider";
import { shellMessages } from "./messages";
import { isActive, NAV_GROUPS } from "./nav-items";

export type ShellUser = { name: string; email: string; role: "ADMIN" | "MANAGER" | "USER" };

/**
 * The app's navigation: a fixed sidebar from 768px up; below that a top bar whose menu button opens the
 * same sidebar as a drawer (one list of links, so there is never a hidden duplicate).
 */
export function Sidebar({ tenantName, user }: { tenantName: string; user: ShellUser }) {
  const pathname = usePathname();
  const t = useT(shellMessages);
  // The drawer remembers the page it was opened on, so navigating anywhere closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpenOn(null);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/90 px-4 backdrop-blur md:hidden">
        <button
          type="button"
          onClick={() => setOpen(true)}
          aria-label={t("openMenu")}
          aria-expanded={open}
          aria-controls="app-sidebar"
          className="-ms-1.5 inline-flex size-9 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100"
        >
          <MenuIcon />
        </button>
        <LogoMark className="size-7 shrink-0" />
        <span className="truncate font-semibold text-slate-900">{tenantName}</span>
      </header>

      {open && <div aria-hidden="true" onClick={() => setOpen(false)} className="fixed inset-0 z-40 bg-slate-900/30 md:hidden" />}

      <aside
        id="app-sidebar"
        aria-label={t("sidebar")}
        className={cn(
          "fixed inset-y-0 start-0 z-50 w-64 flex-col border-e border-slate-200 bg-slate-50 shadow-xl",
          "md:sticky md:top-0 md:z-auto md:flex md:h-dvh md:w-60 md:shrink-0 md:shadow-none",
          open ? "flex" : "hidden",
        )}
      >
        <div className="flex h-14 items-center gap-2.5 px-4">
          <LogoMark className="size-7 shrink-0" />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-semibold leading-tight text-slate-900" data-testid="workspace-name">
              {tenantName}
            </p>
            <p className="text-[11px] leading-tight text-slate-500">{t("workspace")}</p>
          </div>
          <button
            type="button"
            onClick={() => setOpen(false)}
            aria-label={t("closeMenu")}
            className="inline-flex size-8 items-center justify-center rounded-lg text-slate-500 hover:bg-slate-200/60 md:hidden"
          >
            <CloseIcon />
          </button>
        </div>

        <nav aria-label={t("nav.main")} className="flex-1 overflow-y-auto px-2.5 py-2">
          {NAV_GROUPS.map((group, i) => (
            <ul key={i} className={cn("space-y-0.5", i > 0 && "mt-4 border-t border-slate-200 pt-4")}>
              {group.map((item) => {
                const active = isActive(pathname, item.href);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "flex h-8 items-center gap-2.5 rounded-lg px-2.5 text-[13px] font-medium transition-colors",
                        active
                          ? "bg-white text-indigo-700 shadow-xs ring-1 ring-slate-200 [&_svg]:text-indigo-600"
                          : "text-slate-600 hover:bg-slate-200/50 hover:text-slate-900 [&_svg]:text-slate-400",
                      )}
                    >
                      {item.icon}
                      {t(item.label)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          ))}
        </nav>

        <UserCard user={user} />
      </aside>
    </>
  );
}

function UserCard({ user }: { user: ShellUser }) {
  const t = useT(shellMessages);
  const [signingOut, setSigningOut] = useState(false);
  return (
    <div className="border-t border-slate-200 p-3">
      <div className="flex items-center gap-2.5 px-1">
        <Avatar name={user.name} seed={user.email} />
        <div className="min-w-0 flex-1">
          <div className="flex items-center gap-1.5">
            <p className="truncate text-[13px] font-medium text-slate-900" data-testid="user-name">
              {user.name}
            </p>
            <Badge tone={user.role === "ADMIN" ? "accent" : "neutral"}>{t(`role.${user.role}`)}</Badge>
          </div>
          <p className="truncate text-xs text-slate-500">{user.email}</p>
        </div>
      </div>
      <button
        type="button"
        disabled={signingOut}
        onClick={() => {
          setSigningOut(true);
          void signOut({ callbackUrl: "/login" });
        }}
        className="mt-2.5 flex h-8 w-full items-center gap-2 rounded-lg px-2.5 text-[13px] font-medium text-slate-600 transition-colors hover:bg-slate-200/50 hover:text-slate-900 disabled:opacity-60"
      >
        {signingOut ? <Spinner /> : <SignOutIcon className="size-4 text-slate-400 rtl:-scale-x-100" />}
        {t("signOut")}
      </button>
      <LocaleSwitch className="mt-2 px-2.5" />
    </div>
  );
}
