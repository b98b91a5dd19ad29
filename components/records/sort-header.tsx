"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useT } from "@/components/i18n/provider";
import { TH } from "@/components/ui/table";
import { recordMessages } from "./messages";
import { useListUrl } from "./use-list-url";

/** A column header that sorts the list by `field`; a second click reverses the order (`sort=-field`). */
export function SortHeader({ field, current, children, className }: { field: string; current: string; children: ReactNode; className?: string }) {
  const t = useT(recordMessages);
  const { href } = useListUrl();
  const active = current.replace(/^-/, "") === field;
  const desc = active && current.startsWith("-");
  const next = active && !desc ? `-${field}` : field;
  return (
    <TH className={className} aria-sort={active ? (desc ? "descending" : "ascending") : "none"}>
      <Link href={href({ sort: next, page: null })} replace scroll={false} className="inline-flex items-center gap-1 rounded hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500">
        {children}
        <span aria-hidden="true" className={active ? "text-indigo-600" : "text-slate-300"}>
          {active && desc ? "↓" : "↑"}
        </span>
        {active && <span className="sr-only">{t(desc ? "sortDescending" : "sortAscending")}</span>}
      </Link>
    </TH>
  );
}
