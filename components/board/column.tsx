"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { formatMoney } from "@/components/format/money";
import { useLocale, useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PlusIcon } from "@/components/ui/icons";
import type { BoardCard, BoardColumn } from "@/lib/deals/board";
import { DealCardBody } from "./deal-card";
import { boardMessages } from "./messages";

export const columnId = (stageId: string) => `col:${stageId}`;

function SortableCard({ card, stageName }: { card: BoardCard; stageName: string }) {
  const t = useT(boardMessages);
  const locale = useLocale();
  const router = useRouter();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: card.id, data: { type: "card" } });
  const amount = card.amount === null ? "" : formatMoney(card.amount, card.currency, locale);
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      aria-label={t("cardLabel", { name: card.name, amount, stage: stageName })}
      data-testid="deal-card"
      data-deal-id={card.id}
      data-dragging={isDragging ? "true" : undefined}
      onClick={() => router.push(`/deals/${card.id}`)}
      onKeyDown={(e) => {
        if (e.key === "Enter") router.push(`/deals/${card.id}`);
        else listeners?.onKeyDown?.(e);
      }}
      className={cn("cursor-grab touch-manipulation rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 active:cursor-grabbing", isDragging && "opacity-40")}
    >
      <DealCardBody card={card} />
    </li>
  );
}

/** One stage: header (colour, name, count, totals), its cards in order, "show more", quick add. */
export function Column({
  column,
  cards,
  hasMore,
  loadingMore,
  onLoadMore,
  onQuickAdd,
  quickAdd,
  filtered,
}: {
  column: BoardColumn;
  cards: BoardCard[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onQuickAdd: () => void;
  quickAdd: ReactNode;
  filtered: boolean;
}) {
  const t = useT(boardMessages);
  const locale = useLocale();
  const { setNodeRef, isOver } = useDroppable({ id: columnId(column.stage.id), data: { type: "column" } });
  const { stage } = column;
  const headingId = `stage-${stage.id}`;

  return (
    <section aria-labelledby={headingId} data-testid="board-column" data-stage-id={stage.id} className="flex w-[17.5rem] shrink-0 snap-start flex-col rounded-xl bg-slate-100/80 ring-1 ring-slate-200/70">
      <header className="rounded-t-xl border-t-4 px-3 pb-2 pt-2.5" style={{ borderTopColor: stage.color }}>
        <div className="flex items-center justify-between gap-2">
          <h2 id={headingId} className="truncate text-[13px] font-semibold text-slate-900">
            {stage.name}
          </h2>
          <div className="flex items-center gap-1">
            <span className="rounded-full bg-white px-2 py-0.5 text-[11px] font-medium tabular-nums text-slate-600 ring-1 ring-slate-200" data-testid="column-count">
              {t("deals", { count: column.count })}
            </span>
            <button
              type="button"
              onClick={onQuickAdd}
              aria-label={t("quickAdd", { stage: stage.name })}
              title={t("quickAdd", { stage: stage.name })}
              className="inline-flex size-7 items-center justify-center rounded-md text-slate-500 hover:bg-white hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500"
            >
              <PlusIcon className="size-4" />
            </button>
          </div>
        </div>
        <div className="mt-1 min-h-[2rem] text-[12px] leading-tight text-slate-600" data-testid="column-totals">
          {column.totals.length === 0 ? (
            <span className="text-slate-400">—</span>
          ) : (
            column.totals.slice(0, 2).map((total) => (
              <p key={total.currency} className="tabular-nums">
                <span className="font-medium text-slate-800">{formatMoney(total.amount, total.currency, locale, { compact: true })}</span>
                <span className="text-slate-500"> · {t("weighted", { amount: formatMoney(total.weighted, total.currency, locale, { compact: true }) })}</span>
              </p>
            ))
          )}
          {column.totals.length > 2 && <p className="text-slate-400">+{column.totals.length - 2}</p>}
        </div>
      </header>
      <div className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto px-2 pb-2">
        {quickAdd}
        <SortableContext id={stage.id} items={cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
          <ol ref={setNodeRef} className={cn("flex min-h-24 flex-1 flex-col gap-2 rounded-lg transition-colors", isOver && "bg-indigo-50/80 ring-2 ring-indigo-200")}>
            {cards.map((card) => (
              <SortableCard key={card.id} card={card} stageName={stage.name} />
            ))}
            {cards.length === 0 && (
              <li className="flex flex-1 items-center justify-center rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-[12px] text-slate-400">
                {filtered ? t("noDeals") : t("dropHere")}
              </li>
            )}
          </ol>
        </SortableContext>
        {hasMore && (
          <Button variant="ghost" size="sm" onClick={onLoadMore} pending={loadingMore} className="w-full">
            {t("loadMore")}
          </Button>
        )}
      </div>
    </section>
  );
}
