import { getT } from "@/components/i18n/server";
import { pageMessages } from "@/components/shell/page-messages";
import { Skeleton } from "@/components/ui/skeleton";

/** Shown inside the shell while a page's data loads. */
export default async function Loading() {
  const t = await getT(pageMessages);
  return (
    <div role="status" aria-label={t("loading")} className="space-y-6">
      <div className="space-y-2 border-b border-slate-200 pb-4">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <div className="rounded-lg border border-slate-200">
        <div className="border-b border-slate-200 bg-slate-50/70 px-4 py-2.5">
          <Skeleton className="h-3 w-1/3" />
        </div>
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 border-b border-slate-100 px-4 py-3 last:border-b-0">
            <Skeleton className="size-7 rounded-full" />
            <Skeleton className="h-3.5 w-1/4" />
            <Skeleton className="h-3.5 w-1/5" />
            <Skeleton className="ms-auto h-3.5 w-16" />
          </div>
        ))}
      </div>
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
