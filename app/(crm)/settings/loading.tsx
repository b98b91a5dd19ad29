import { Skeleton } from "@/components/ui/skeleton";

/** Every settings page's loading state, below the settings tabs (the layout stays while a tab loads). */
export default function Loading() {
  return (
    <div className="space-y-3" aria-busy="true">
      <Skeleton className="h-10 w-64" />
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} className="h-12 w-full" />
      ))}
    </div>
  );
}
