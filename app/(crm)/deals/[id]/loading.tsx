import { Skeleton } from "@/components/ui/skeleton";

/** The deal page's shape while it loads. */
export default function DealLoading() {
  return (
    <div role="status" aria-busy="true" className="space-y-5">
      <Skeleton className="h-4 w-24" />
      <div className="space-y-3 border-b border-slate-200 pb-5">
        <Skeleton className="h-6 w-72 max-w-full" />
        <Skeleton className="h-4 w-56" />
        <Skeleton className="h-9 w-full" />
      </div>
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Skeleton className="h-64 w-full rounded-lg" />
          <Skeleton className="h-72 w-full rounded-lg" />
        </div>
        <div className="space-y-5">
          <Skeleton className="h-40 w-full rounded-lg" />
          <Skeleton className="h-24 w-full rounded-lg" />
          <Skeleton className="h-40 w-full rounded-lg" />
        </div>
      </div>
    </div>
  );
}
