import type { Metadata } from "next";
import Link from "next/link";
import { DEAL_STATUSES, dealStatusLabel } from "@/components/deal/deal-status";
import { DealTable } from "@/components/deal-list/deal-table";
import { dealListMessages } from "@/components/deal-list/messages";
import { NewDealButton } from "@/components/deal-list/new-deal";
import { getLocale, getT } from "@/components/i18n/server";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import { SavedFilterSelect } from "@/components/query-builder/saved-filter-select";
import { shellMessages } from "@/components/shell/messages";
import { customColumns } from "@/components/records/custom-columns";
import { loadWithFilter } from "@/components/records/list-params";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DealsIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";
import { listCustomFields, listCustomValues } from "@/lib/custom-fields/list";
import { listDeals } from "@/lib/deals/list";
import { restDeal } from "@/lib/http/serializers/deals-rest";
import { listStageOptions } from "@/lib/pipelines/stage-path";
import { listSavedFilterOptions } from "@/lib/saved-filters/options";
import { listOwnerChoices } from "@/lib/users/summaries";
import { quickAddDealAction } from "../board/actions";
import { bulkAssignDealsAction, bulkDeleteDealsAction, bulkMoveDealsAction, updateDealAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(shellMessages))("nav.deals") };
}

const PAGE = 50;
const SORTABLE = ["name", "amount", "expectedCloseDate", "createdAt"];
type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function DealsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requirePageCtx();
  const t = await getT(dealListMessages);
  const locale = await getLocale();
  const qb = await getT(queryBuilderMessages);
  const sp = await searchParams;
  const params = { search: one(sp.search), status: one(sp.status), filter: one(sp.filter).slice(0, 64), sort: one(sp.sort) || "-createdAt", offset: Math.max(0, Number(one(sp.offset)) || 0) };
  const href = (over: Partial<typeof params>) => {
    const merged = { ...params, ...over };
    const q = new URLSearchParams();
    if (merged.search) q.set("search", merged.search);
    if (merged.status) q.set("status", merged.status);
    if (merged.filter) q.set("filter", merged.filter);
    if (merged.sort !== "-createdAt") q.set("sort", merged.sort);
    if (merged.offset) q.set("offset", String(merged.offset));
    const s = q.toString();
    return s ? `/deals?${s}` : "/deals";
  };
  const query = { search: params.search || undefined, status: params.status || undefined, filter: params.filter || undefined, sort: params.sort, offset: params.offset, limit: PAGE };
  // Odd parameters typed into the URL: the plain list rather than an error page.
  const [{ result: page, filterGone }, users, stages, savedFilters, fields] = await Promise.all([
    loadWithFilter(query, (query) => listDeals({ ctx, query })).catch(async () => ({ result: await listDeals({ ctx, query: { limit: PAGE } }), filterGone: false })),
    listOwnerChoices({ ctx }),
    listStageOptions({ ctx }),
    listSavedFilterOptions({ ctx, module: "deal" }),
    listCustomFields({ ctx, entity: "deal" }),
  ]);
  const customValues = fields.length ? await listCustomValues({ ctx, entity: "deal", ids: page.data.map((d) => d.id) }) : {};
  if (filterGone) params.filter = "";
  const { total } = page.meta;
  const sortField = params.sort.replace(/^-/, "");
  const sortDesc = params.sort.startsWith("-");
  const filtered = !!(params.search || params.status || params.filter);

  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("description")} actions={<NewDealButton stages={stages} create={quickAddDealAction} />} />
      {filterGone && <Alert tone="warning">{qb("filterGone")}</Alert>}
      <form role="search" action="/deals" className="flex flex-wrap items-end gap-2">
        <label className="min-w-56 flex-1 text-[12px] font-medium text-slate-600 sm:max-w-sm">
          <span className="mb-1 block">{t("search")}</span>
          <Input type="search" name="search" defaultValue={params.search} placeholder={t("searchPlaceholder")} maxLength={200} />
        </label>
        <label className="text-[12px] font-medium text-slate-600">
          <span className="mb-1 block">{t("status")}</span>
          <NativeSelect name="status" defaultValue={params.status}>
            <option value="">{t("statusAll")}</option>
            {DEAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {dealStatusLabel(s, locale)}
              </option>
            ))}
          </NativeSelect>
        </label>
        {params.sort !== "-createdAt" && <input type="hidden" name="sort" value={params.sort} />}
        {params.filter && <input type="hidden" name="filter" value={params.filter} />}
        <button type="submit" className={buttonClasses("secondary")}>
          {t("searchButton")}
        </button>
        <SavedFilterSelect filters={savedFilters} entity="deal" />
        {filtered && (
          <Link href="/deals" className={buttonClasses("ghost")}>
            {t("clear")}
          </Link>
        )}
      </form>
      <Card>
        {page.data.length === 0 ? (
          <EmptyState icon={<DealsIcon />} title={filtered ? t("noMatchTitle") : t("emptyTitle")} description={filtered ? t("noMatchText") : t("emptyText")} />
        ) : (
          <>
            <DealTable
              deals={page.data.map(restDeal)}
              users={users}
              stages={stages}
              sort={{ field: sortField, desc: sortDesc, hrefs: Object.fromEntries(SORTABLE.map((f) => [f, href({ sort: sortField === f && !sortDesc ? `-${f}` : f, offset: 0 })])) }}
              customColumns={customColumns(fields)}
              customValues={customValues}
              actions={{ assign: bulkAssignDealsAction, move: bulkMoveDealsAction, remove: bulkDeleteDealsAction, update: updateDealAction }}
            />
            <nav aria-label={t("results")} className="flex items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-[13px] text-slate-600">
              <span data-testid="deal-range">{t("range", { from: params.offset + 1, to: params.offset + page.data.length, total })}</span>
              <span className="flex gap-2">
                {params.offset > 0 && (
                  <Link href={href({ offset: Math.max(0, params.offset - PAGE) })} className={buttonClasses("secondary", "sm")}>
                    {t("previous")}
                  </Link>
                )}
                {params.offset + PAGE < total && (
                  <Link href={href({ offset: params.offset + PAGE })} className={buttonClasses("secondary", "sm")}>
                    {t("next")}
                  </Link>
                )}
              </span>
            </nav>
          </>
        )}
      </Card>
    </div>
  );
}
