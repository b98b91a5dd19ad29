"use client";

import Link from "next/link";
import { useT } from "@/components/i18n/provider";
import { buttonClasses } from "@/components/ui/button";
import { ChevronIcon } from "@/components/ui/icons";
import { recordMessages } from "./messages";
import { useListUrl } from "./use-list-url";

/** "26–50 of 120" with previous/next links; the page number is kept in `?page=`. */
export function Pager({ total, offset, limit }: { total: number; offset: number; limit: number }) {
  const t = useT(recordMessages);
  const { href } = useListUrl();
  if (total === 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const hasPrev = page > 1;
  const hasNext = offset + limit < total;
  const link = (target: number, label: string, enabled: boolean, flip: boolean) =>
    enabled ? (
      <Link href={href({ page: target === 1 ? null : target })} scroll={false} className={buttonClasses("secondary", "sm")} aria-label={label}>
        <ChevronIcon className={`size-4 ${flip ? "-scale-x-100 rtl:scale-x-100" : "rtl:-scale-x-100"}`} />
      </Link>
    ) : (
      <span aria-disabled="true" aria-label={label} className={buttonClasses("secondary", "sm", "pointer-events-none opacity-40")}>
        <ChevronIcon className={`size-4 ${flip ? "-scale-x-100 rtl:scale-x-100" : "rtl:-scale-x-100"}`} />
      </span>
    );
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-3 border-t border-slate-100 px-3 py-2.5 text-[13px] text-slate-500">
      <span data-testid="page-info">{t("pageInfo", { from: offset + 1, to: Math.min(offset + limit, total), total })}</span>
      <span className="flex gap-1.5">
        {link(page - 1, t("previous"), hasPrev, true)}
        {link(page + 1, t("next"), hasNext, false)}
      </span>
    </nav>
  );
}
