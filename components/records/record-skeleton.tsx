import { Skeleton } from "@/components/ui/skeleton";

/** A record page while it loads: header, details and timeline placeholders of the final layout's size. */
export function RecordSkeleton() {
  return (
    <div role="status" aria-busy="true" className="space-y-5">
      <div className="flex items-center gap-4 border-b border-slate-200 pb-4">
        <Skeleton className="size-11 rounded-full" />
        <div className="space-y-2">
          <Skeleton className="h-6 w-52" />
          <Skeleton className="h-3.5 w-36" />
        </div>
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        <div className="space-y-3 rounded-lg border border-slate-200 p-5">
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-4 w-3/4" />
          ))}
        </div>
        <div className="space-y-3 rounded-lg border border-slate-200 p-5">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-9 w-full" />
          ))}
        </div>
      </div>
    </div>
  );
}
