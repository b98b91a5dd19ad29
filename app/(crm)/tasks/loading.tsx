import { Skeleton } from "@/components/ui/skeleton";

/** The task list's shape while it loads: header, a group title and a few rows. */
export default function Loading() {
  return (
    <div role="status" aria-label="…" className="space-y-5">
      <div className="flex items-end justify-between gap-3 border-b border-slate-200 pb-4">
        <div className="space-y-2">
          <Skeleton className="h-6 w-32" />
          <Skeleton className="h-4 w-80 max-w-full" />
        </div>
        <Skeleton className="h-9 w-28" />
      </div>
      {[3, 2].map((rows, g) => (
        <div key={g} className="space-y-2">
          <Skeleton className="h-3.5 w-24" />
          <div className="rounded-lg border border-slate-200">
            {Array.from({ length: rows }, (_, i) => (
              <div key={i} className="flex items-center gap-3 border-b border-slate-100 px-4 py-3 last:border-b-0">
                <Skeleton className="size-5 rounded-full" />
                <Skeleton className="h-3.5 w-1/3" />
                <Skeleton className="ms-auto h-3.5 w-20" />
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
