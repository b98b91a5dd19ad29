"use client";

import Link from "next/link";
import { isolate } from "@/components/format/bidi";
import { formatMoney } from "@/components/format/money";
import { formatDate } from "@/components/format/date";
import { useLocale, useT } from "@/components/i18n/provider";
import { Avatar } from "@/components/ui/avatar";
import { BidiText } from "@/components/ui/bidi-text";
import { cn } from "@/components/ui/cn";
import type { BoardCard } from "@/lib/deals/board";
import { ClockIcon } from "./icons";
import { boardMessages } from "./messages";

const DAY = 86_400_000;
export const daysSince = (iso: string, now = Date.now()) => Math.max(0, Math.floor((now - new Date(iso).getTime()) / DAY));
const isPast = (iso: string | null) => !!iso && new Date(iso).getTime() < Date.now();

/** What a card shows: name, account, contact, amount, owner, days in stage, next task, overdue. */
export function DealCardBody({ card, dragging = false }: { card: BoardCard; dragging?: boolean }) {
  const t = useT(boardMessages);
  const locale = useLocale();
  const days = daysSince(card.stageChangedAt);
  return (
    <div className={cn("rounded-lg border bg-white p-3 text-start shadow-xs transition-shadow", dragging ? "border-indigo-300 shadow-lg ring-2 ring-indigo-500/20" : "border-slate-200 hover:border-slate-300 hover:shadow-sm", card.overdue && "border-s-4 border-s-red-500")}>
      <div className="flex items-start justify-between gap-2">
        <Link href={`/deals/${card.id}`} tabIndex={-1} className="min-w-0 text-[13px] font-semibold leading-snug text-slate-900 hover:text-indigo-700 hover:underline" draggable={false} onClick={(e) => dragging && e.preventDefault()}>
          <span className="line-clamp-2">
            <bdi>{card.name}</bdi>
          </span>
        </Link>
        {card.owner ? (
          <span title={t("ownedBy", { name: card.owner.name })}>
            <Avatar name={card.owner.name} seed={card.owner.id} size="sm" />
          </span>
        ) : null}
      </div>
      {(card.account || card.contact) && (
        <p className="mt-1 truncate text-[12px] text-slate-500">
          <BidiText text={[card.account?.name, card.contact?.name].filter((n): n is string => !!n).map(isolate).join(" · ")} />
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-[12px]">
        {card.amount !== null && <span className="font-medium tabular-nums text-slate-800">{formatMoney(card.amount, card.currency, locale)}</span>}
        <span className="inline-flex items-center gap-1 text-slate-500" title={t("daysInStage", { count: days })}>
          <ClockIcon />
          <span className="sr-only">{t("daysInStage", { count: days })}</span>
          <span aria-hidden="true">{t("daysShort", { count: days })}</span>
        </span>
        {card.overdue && (
          <span className="inline-flex items-center rounded bg-red-50 px-1.5 py-0.5 text-[11px] font-medium text-red-700 ring-1 ring-inset ring-red-200" data-testid="overdue">
            {t("overdue")}
          </span>
        )}
      </div>
      {card.nextTask && (
        <p className={cn("mt-1.5 truncate text-[12px]", isPast(card.nextTask.dueAt) ? "text-red-700" : "text-slate-600")}>
          {/* The task's title and its date each keep their direction in the sentence ("المهمة التالية: Call Omar · 2031/04/01"). */}
          <BidiText text={t("nextTask", { title: isolate(card.nextTask.title) })} />
          {card.nextTask.dueAt && (
            <span className="text-slate-400">
              {" · "}
              <bdi>{formatDate(card.nextTask.dueAt, locale)}</bdi>
            </span>
          )}
        </p>
      )}
    </div>
  );
}
