"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";

export type SubNavItem = { href: string; label: string; /** Only this exact path, not the pages below it. */ exact?: boolean };

/**
 * Secondary navigation of a section: a vertical list on wide screens (lg), a scrollable row of tabs below,
 * scrolled so that the current tab is in view (in either direction, so also in Arabic). `relative` keeps
 * anything positioned inside the scroller from widening the page.
 */
export function SubNav({ label, items }: { label: string; items: SubNavItem[] }) {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const box = nav.current;
    const current = box?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!box || !current || box.scrollWidth <= box.clientWidth) return;
    // Only the tab row scrolls (scrollIntoView would also move the page).
    const boxRect = box.getBoundingClientRect();
    const rect = current.getBoundingClientRect();
    if (rect.left < boxRect.left || rect.right > boxRect.right) box.scrollLeft += rect.left + rect.width / 2 - (boxRect.left + boxRect.width / 2);
  }, [pathname]);
  return (
    <nav ref={nav} aria-label={label} className="relative -mx-1 overflow-x-auto lg:mx-0 lg:overflow-visible" data-testid="sub-nav">
      <ul className="flex gap-1 px-1 lg:flex-col lg:px-0">
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(item.href + "/");
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex h-8 items-center whitespace-nowrap rounded-lg px-2.5 text-[13px] font-medium transition-colors",
                  active ? "bg-slate-100 text-slate-900" : "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
