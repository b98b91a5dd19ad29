import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/** "1–50 / 120" with previous/next links (`?offset=`), for settings lists longer than a page. */
export function OffsetPager({ total, limit, offset, label }: { total: number; limit: number; offset: number; label: string }) {
  if (total <= limit) return null;
  return (
    <nav aria-label={label} className="flex items-center justify-between border-t border-slate-100 px-4 py-3 text-[13px] text-slate-500">
      <span>
        {offset + 1}–{Math.min(offset + limit, total)} / {total}
      </span>
      <span className="flex gap-2">
        {offset > 0 && (
          <Link className={buttonClasses("secondary", "sm")} href={`?offset=${Math.max(0, offset - limit)}`}>
            <span className="rtl:-scale-x-100">‹</span>
          </Link>
        )}
        {offset + limit < total && (
          <Link className={buttonClasses("secondary", "sm")} href={`?offset=${offset + limit}`}>
            <span className="rtl:-scale-x-100">›</span>
          </Link>
        )}
      </span>
    </nav>
  );
}
