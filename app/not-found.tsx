import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CompassIcon } from "@/components/ui/icons";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-slate-50 p-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white shadow-sm">
        <EmptyState
          icon={<CompassIcon />}
          title="Page not found"
          description="The page you are looking for doesn't exist or has moved."
          action={
            <Link href="/board" className={buttonClasses("primary")}>
              Back to your board
            </Link>
          }
        />
      </div>
    </main>
  );
}
