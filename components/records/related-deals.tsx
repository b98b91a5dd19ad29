"use client";

import Link from "next/link";
import { dealStatusLabel } from "@/components/deal/deal-status";
import { useLocale, useT } from "@/components/i18n/provider";
import { Badge } from "@/components/ui/badge";
import type { RelatedDeal } from "@/lib/deals/related";
import { recordMessages } from "./messages";

const money = (amount: string | null, currency: string, locale: string) =>
  amount === null ? null : new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(Number(amount));

/** The deals of a contact or an account: name, stage (with its colour), amount, status. */
export function RelatedDeals({ deals }: { deals: RelatedDeal[] }) {
  const t = useT(recordMessages);
  const locale = useLocale();
  if (deals.length === 0) return <p className="text-[13px] text-slate-500">{t("noDeals")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {deals.map((d) => (
        <li key={d.id} className="flex items-center gap-3 py-2 text-[13px]">
          <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: d.stage.color }} />
          <span className="min-w-0 flex-1">
            <Link href={`/deals/${d.id}`} className="block truncate font-medium text-slate-900 hover:text-indigo-700 hover:underline">
              {d.name}
            </Link>
            <span className="text-slate-500">{d.stage.name}</span>
          </span>
          <span className="text-slate-700 tabular-nums">{money(d.amount, d.currency, locale)}</span>
          <Badge tone={d.status === "won" ? "success" : d.status === "lost" ? "danger" : "neutral"}>{dealStatusLabel(d.status, locale)}</Badge>
        </li>
      ))}
    </ul>
  );
}
