import { Skeleton } from "@/components/ui/skeleton";

/** The board's shape while it loads: header, filter bar, five columns of cards (no layout shift). */
export default function BoardLoading() {
  return (
    <div role="status" aria-busy="true" className="flex flex-col gap-4">
      <div className="space-y-2 border-b border-slate-200 pb-4">
        <Skeleton className="h-6 w-32" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <div className="flex gap-2">
        <Skeleton className="h-9 w-64" />
        <Skeleton className="h-9 w-32" />
        <Skeleton className="h-9 w-32" />
      </div>
      <div className="flex gap-3 overflow-hidden">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="w-[17.5rem] shrink-0 space-y-2 rounded-xl bg-slate-100/80 p-3">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-3 w-32" />
            {Array.from({ length: 4 - (i % 3) }, (_, j) => (
              <Skeleton key={j} className="h-24 w-full rounded-lg bg-white" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
