import type { Metadata } from "next";
import { BoardView } from "@/components/board/board-view";
import { boardMessages } from "@/components/board/messages";
import { apiQuery, paramsFromSearch, type BoardParams } from "@/components/board/state";
import { getT } from "@/components/i18n/server";
import { shellMessages } from "@/components/shell/messages";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";
import { getBoard, type Board } from "@/lib/deals/board";
import { isAppError } from "@/lib/errors";
import { listSavedFilterOptions } from "@/lib/saved-filters/options";
import { listOwnerChoices } from "@/lib/users/summaries";
import { quickAddDealAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(shellMessages))("nav.board") };
}

const NO_FILTERS: BoardParams = { pipelineId: "", q: "", owner: "", status: "", filter: "" };

export default async function BoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageCtx();
  const t = await getT(boardMessages);
  const params = paramsFromSearch(await searchParams);
  let board: Board;
  let initialParams = params;
  let notice: string | undefined;
  try {
    board = await getBoard({ ctx, query: Object.fromEntries(apiQuery(params)) });
  } catch (e) {
    // A shared link with a filter that is not valid (any more) still opens the board, and says so.
    if (!isAppError(e) || e.code !== "validation") throw e;
    notice = e.fields?.filter ? t("filterUnavailable") : t("invalidFilters");
    initialParams = NO_FILTERS;
    board = await getBoard({ ctx, query: {} });
  }
  const [users, savedFilters] = await Promise.all([listOwnerChoices({ ctx }), listSavedFilterOptions({ ctx, module: "deal" })]);

  return (
    <div className="flex min-h-[calc(100dvh-3.5rem)] flex-col gap-4">
      <PageHeader title={t("title")} description={t("description")} />
      <BoardView initial={board} initialParams={initialParams} users={users} savedFilters={savedFilters} quickAdd={quickAddDealAction} notice={notice} />
    </div>
  );
}
