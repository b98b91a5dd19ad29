"use client";

import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { arrayMove, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { dealKeys } from "@/components/query/keys";
import { SavedFilterSelect, type SavedFilterOption } from "@/components/query-builder/saved-filter-select";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { BoardIcon } from "@/components/ui/icons";
import type { Board, BoardCard } from "@/lib/deals/board";
import type { MovedDealJson } from "@/lib/http/serializers/board";
import type { UserSummary as UserOption } from "@/lib/users/summaries";
import { Column } from "./column";
import { DealCardBody } from "./deal-card";
import { fetchBoard, fetchColumnPage, postMove } from "./fetch";
import { FilterBar } from "./filter-bar";
import { LossReasonDialog } from "./loss-dialog";
import { boardMessages } from "./messages";
import { QuickAdd, type QuickAddAction } from "./quick-add";
import { applyMove, paramsFromSearch, searchFromParams, type BoardParams } from "./state";

export type MoveAction = (id: string, input: { stageId: string; afterId: string | null; lossReason?: string }) => Promise<ActionResult<{ deal: MovedDealJson }>>;
/** `droppedAt`: performance.now() of the drop (or of the loss reason's confirmation), for the persisted-move measure. */
type Move = { card: BoardCard; stageId: string; afterId: string | null; lossReason?: string; droppedAt?: number };
type Extra = Record<string, { cards: BoardCard[]; cursor: string | null }>;

/** User Timing helpers (event handlers only): the board benchmark reads these entries. */
const clock = () => performance.now();
const measureSince = (name: string, start: number) => performance.measure(name, { start, end: performance.now() });

const isColumn = (id: UniqueIdentifier) => String(id).startsWith("col:");
const sameParams = (a: BoardParams, b: BoardParams) => searchFromParams(a) === searchFromParams(b);

/**
 * The pipeline board: columns from the board query (refetched every 10 s and on focus, so others' moves
 * show up), drag and drop between and within columns (mouse, touch, keyboard), each drop optimistic and
 * rolled back with a message if the server refuses it.
 */
export function BoardView({
  initial,
  initialParams,
  users,
  savedFilters = [],
  move = postMove,
  quickAdd,
  notice,
}: {
  initial: Board;
  initialParams: BoardParams;
  users: UserOption[];
  savedFilters?: readonly SavedFilterOption[];
  /** How a drop is saved: POST /api/deals/{id}/move by default. */
  move?: MoveAction;
  quickAdd: QuickAddAction;
  notice?: string;
}) {
  const t = useT(boardMessages);
  const explain = useFailureSentence();
  const queryClient = useQueryClient();
  // Hydrated: the cards' drag listeners are attached. `data-ready` and the `board:interactive` User Timing
  // mark (time since navigation start) let tests and `npm run bench -- --only board` wait for it and time it.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    performance.mark("board:interactive");
    root.current?.setAttribute("data-ready", "true");
  }, []);
  const search = useSearchParams();
  const params = useMemo(() => paramsFromSearch(search), [search]);
  const key = dealKeys.board(params);

  const query = useQuery({
    queryKey: key,
    queryFn: () => fetchBoard(params),
    initialData: sameParams(params, initialParams) ? initial : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
    refetchOnWindowFocus: true,
  });
  const board = query.data ?? initial;

  const setParams = useCallback(
    (next: Partial<BoardParams>) => {
      const merged = { ...paramsFromSearch(new URLSearchParams(window.location.search)), ...next };
      window.history.replaceState(null, "", `${window.location.pathname}${searchFromParams(merged)}`);
    },
    [],
  );

  // Cards loaded with "show more", per column (kept beside the refetched first pages).
  const [extra, setExtra] = useState<Extra>({});
  const [extraKey, setExtraKey] = useState(searchFromParams(params));
  if (extraKey !== searchFromParams(params)) {
    setExtraKey(searchFromParams(params));
    setExtra({});
  }
  const [loadingMore, setLoadingMore] = useState<string | null>(null);
  const cardsOf = useCallback(
    (stageId: string) => {
      const col = board.columns.find((c) => c.stage.id === stageId);
      if (!col) return [];
      const seen = new Set(col.cards.map((c) => c.id));
      return [...col.cards, ...(extra[stageId]?.cards ?? []).filter((c) => !seen.has(c.id) && c.stageId === stageId)];
    },
    [board, extra],
  );
  const loadMore = async (stageId: string) => {
    const col = board.columns.find((c) => c.stage.id === stageId)!;
    const cursor = extra[stageId] ? extra[stageId].cursor : col.nextCursor;
    if (!cursor) return;
    setLoadingMore(stageId);
    try {
      const page = await fetchColumnPage(params, stageId, cursor);
      setExtra((e) => ({ ...e, [stageId]: { cards: [...(e[stageId]?.cards ?? []), ...page.cards], cursor: page.nextCursor } }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoadingMore(null);
    }
  };

  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: async (m: Move & { previous: Board; request: ReturnType<MoveAction> }) => {
      const result = await m.request;
      if (!result.ok) throw new Error(explain(result));
      return result.deal;
    },
    onSuccess: (_deal, m) => {
      // Drop → the server's answer, as a User Timing measure (read by the board benchmark).
      if (m.droppedAt !== undefined) measureSince("board:move-persisted", m.droppedAt);
    },
    onError: (e, m) => {
      queryClient.setQueryData(key, m.previous);
      setError(t("moveFailed", { name: m.card.name, reason: e instanceof Error ? e.message : "" }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: dealKeys.boards() }),
  });

  /**
   * A drop: the move's request leaves at once (before the board re-renders, which takes a while with
   * hundreds of cards on a slow device); then the optimistic part: stop refetches that would overwrite it,
   * move the card in the cache; the mutation waits for the answer. The drag's own order stays on screen
   * until the cache shows the card in its new place.
   */
  const startMove = async (m: Move) => {
    setError(null);
    const request = move(m.card.id, { stageId: m.stageId, afterId: m.afterId, ...(m.lossReason !== undefined ? { lossReason: m.lossReason } : {}) });
    request.catch(() => {}); // handled by the mutation (rollback and message); this only marks it as handled
    await queryClient.cancelQueries({ queryKey: dealKeys.boards() });
    const previous = queryClient.getQueryData<Board>(key) ?? board;
    // A card from "show more" joins the cached page so that applyMove sees it.
    const present = previous.columns.some((c) => c.cards.some((d) => d.id === m.card.id));
    const base = present ? previous : { ...previous, columns: previous.columns.map((c) => (c.stage.id === m.card.stageId ? { ...c, cards: [...c.cards, m.card] } : c)) };
    queryClient.setQueryData<Board>(key, applyMove(base, m.card, m.stageId, m.afterId));
    setExtra((e) => Object.fromEntries(Object.entries(e).map(([s, v]) => [s, { ...v, cards: v.cards.filter((c) => c.id !== m.card.id) }])));
    setItems(null);
    mutation.mutate({ ...m, previous, request });
  };

  // Drag state: the column → card ids while a drag is in progress.
  const [items, setItems] = useState<Record<string, string[]> | null>(null);
  const [active, setActive] = useState<{ card: BoardCard; from: string } | null>(null);
  const [pendingLoss, setPendingLoss] = useState<Move | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space"] } }),
  );
  const snapshot = () => Object.fromEntries(board.columns.map((c) => [c.stage.id, cardsOf(c.stage.id).map((d) => d.id)]));
  const containerOf = (id: UniqueIdentifier, from: Record<string, string[]>) => (isColumn(id) ? String(id).slice(4) : Object.keys(from).find((s) => from[s]!.includes(String(id))));
  const cardById = (id: string) => board.columns.flatMap((c) => cardsOf(c.stage.id)).find((c) => c.id === id);
  const stageName = (stageId: string | undefined) => board.columns.find((c) => c.stage.id === stageId)?.stage.name ?? "";

  const onDragStart = ({ active: a }: DragStartEvent) => {
    const card = cardById(String(a.id));
    if (!card) return;
    setItems(snapshot());
    setActive({ card, from: card.stageId });
  };

  const onDragOver = ({ active: a, over }: DragOverEvent) => {
    if (!items || !over) return;
    const from = containerOf(a.id, items);
    const to = containerOf(over.id, items);
    if (!from || !to || from === to) return;
    setItems((prev) => {
      if (!prev) return prev;
      const target = prev[to]!;
      const overIndex = isColumn(over.id) ? target.length : target.indexOf(String(over.id));
      const below = over.rect && a.rect.current.translated ? a.rect.current.translated.top > over.rect.top + over.rect.height / 2 : false;
      const index = overIndex < 0 ? target.length : overIndex + (below && !isColumn(over.id) ? 1 : 0);
      return {
        ...prev,
        [from]: prev[from]!.filter((id) => id !== String(a.id)),
        [to]: [...target.slice(0, index), String(a.id), ...target.slice(index)],
      };
    });
  };

  const finish = () => {
    setItems(null);
    setActive(null);
  };

  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    if (!items || !active) return finish();
    const id = String(a.id);
    const to = containerOf(id, items);
    if (!to || !over) return finish();
    let list = items[to]!;
    if (!isColumn(over.id) && containerOf(over.id, items) === to) {
      const oldIndex = list.indexOf(id);
      const newIndex = list.indexOf(String(over.id));
      if (oldIndex !== newIndex) list = arrayMove(list, oldIndex, newIndex);
    }
    const index = list.indexOf(id);
    const afterId = index > 0 ? list[index - 1]! : null;
    const original = snapshot()[active.from]!;
    if (to === active.from && original.indexOf(id) === index) return finish();
    // Keep the dropped order on screen (items) while the move is saved or the loss reason is asked.
    setItems({ ...items, [to]: list });
    setActive(null);
    const m: Move = { card: active.card, stageId: to, afterId, droppedAt: clock() };
    const kind = board.columns.find((c) => c.stage.id === to)?.stage.kind;
    if (kind === "lost" && to !== active.from) setPendingLoss(m);
    else void startMove(m);
  };

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t("dragStart", { name: cardById(String(a.id))?.name ?? "" }),
    onDragOver: ({ active: a, over }) => (over ? t("dragOver", { name: cardById(String(a.id))?.name ?? "", stage: stageName(containerOf(over.id, items ?? snapshot())) }) : undefined),
    onDragEnd: ({ active: a, over }) => (over ? t("dragEnd", { name: cardById(String(a.id))?.name ?? "", stage: stageName(containerOf(over.id, items ?? snapshot())) }) : undefined),
    onDragCancel: ({ active: a }) => t("dragCancel", { name: cardById(String(a.id))?.name ?? "" }),
  };

  const filtered = !!(params.q || params.owner || params.status || params.filter);
  const total = board.columns.reduce((n, c) => n + c.count, 0);

  return (
    <div ref={root} className="flex min-h-0 flex-1 flex-col gap-4" data-testid="board-view">
      <FilterBar
        params={params}
        onChange={setParams}
        pipelines={board.pipelines}
        pipelineId={board.pipeline.id}
        users={users}
        filterSlot={<SavedFilterSelect filters={savedFilters} entity="deal" onSelect={(filter) => setParams({ filter })} />}
      />
      {notice && <Alert tone="warning">{notice}</Alert>}
      {query.isError && (
        <Alert tone="error">
          <span className="me-2">{t("loadError")}</span>
          <Button size="sm" variant="secondary" onClick={() => query.refetch()}>
            {t("retry")}
          </Button>
        </Alert>
      )}
      {error && (
        <div role="alert" className="flex items-start justify-between gap-3 rounded-lg border border-red-200 bg-red-50 px-3.5 py-2.5 text-[13px] text-red-800" data-testid="move-error">
          <span>{error}</span>
          <Button size="sm" variant="ghost" onClick={() => setError(null)}>
            {t("dismiss")}
          </Button>
        </div>
      )}
      <p aria-live="polite" className="sr-only">
        {mutation.isPending ? t("moving") : ""}
      </p>
      {board.columns.length === 0 ? (
        <Card>
          <EmptyState icon={<BoardIcon />} title={t("emptyTitle")} description={t("noStages")} />
        </Card>
      ) : (
        <>
          {total === 0 && <p className="text-[13px] text-slate-500">{filtered ? t("emptyFiltered") : t("emptyBoard")}</p>}
          <DndContext
            sensors={sensors}
            collisionDetection={closestCorners}
            onDragStart={onDragStart}
            onDragOver={onDragOver}
            onDragEnd={onDragEnd}
            onDragCancel={finish}
            accessibility={{ announcements, screenReaderInstructions: { draggable: t("dragInstructions") } }}
          >
            <div className="relative -mx-4 flex min-h-[28rem] flex-1 snap-x gap-3 overflow-x-auto px-4 pb-3 sm:-mx-6 sm:px-6 md:-mx-8 md:px-8" data-testid="board" aria-busy={query.isFetching || undefined}>
              {board.columns.map((col) => {
                const ids = items?.[col.stage.id];
                const all = cardsOf(col.stage.id);
                const cards = ids ? ids.map((id) => cardById(id)).filter((c): c is BoardCard => !!c) : all;
                const hasMore = extra[col.stage.id] ? !!extra[col.stage.id]!.cursor : !!col.nextCursor;
                return (
                  <Column
                    key={col.stage.id}
                    column={col}
                    cards={cards}
                    hasMore={hasMore}
                    loadingMore={loadingMore === col.stage.id}
                    onLoadMore={() => loadMore(col.stage.id)}
                    onQuickAdd={() => setAdding((s) => (s === col.stage.id ? null : col.stage.id))}
                    filtered={filtered}
                    quickAdd={
                      adding === col.stage.id ? (
                        <QuickAdd
                          stage={col.stage}
                          pipelineId={board.pipeline.id}
                          create={quickAdd}
                          onClose={() => setAdding(null)}
                          onCreated={() => {
                            setAdding(null);
                            void queryClient.invalidateQueries({ queryKey: dealKeys.boards() });
                          }}
                        />
                      ) : null
                    }
                  />
                );
              })}
            </div>
            <DragOverlay dropAnimation={null}>{active ? <DealCardBody card={active.card} dragging /> : null}</DragOverlay>
          </DndContext>
        </>
      )}
      <LossReasonDialog
        key={pendingLoss?.card.id ?? "none"}
        open={!!pendingLoss}
        dealName={pendingLoss?.card.name ?? ""}
        onCancel={() => {
          setPendingLoss(null);
          setItems(null);
        }}
        onConfirm={(lossReason) => {
          if (pendingLoss) void startMove({ ...pendingLoss, lossReason, droppedAt: clock() });
          setPendingLoss(null);
        }}
      />
    </div>
  );
}
