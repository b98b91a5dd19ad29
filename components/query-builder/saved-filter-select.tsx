"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useT } from "@/components/i18n/provider";
import { queryBuilderMessages } from "./messages";

export type SavedFilterOption = { id: string; name: string; isPrivate: boolean; ownerName: string };

/**
 * Applies a saved filter to a list or the board through the URL (`?filter=<id>`), so that the view can
 * be shared and reloaded. Give it the filters of the page's module (`listSavedFilters({ctx, query:
 * {module}})`); the page reads the parameter and calls `savedFilterWhere` from `@/lib/query`.
 */
export function SavedFilterSelect({ filters, param = "filter", className }: { filters: readonly SavedFilterOption[]; param?: string; className?: string }) {
  const t = useT(queryBuilderMessages);
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const current = search.get(param) ?? "";
  const onChange = (id: string) => {
    const next = new URLSearchParams(search.toString());
    if (id) next.set(param, id);
    else next.delete(param);
    // Paging restarts with another filter.
    next.delete("offset");
    next.delete("cursor");
    next.delete("page");
    const qs = next.toString();
    router.push(qs ? `${pathname}?${qs}` : pathname);
  };
  return (
    <label className={className ?? "inline-flex items-center gap-2 text-sm text-slate-600"}>
      <span>{t("applyFilter")}</span>
      <select
        className="h-9 max-w-64 rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/20"
        value={current}
        onChange={(e) => onChange(e.target.value)}
        data-testid="saved-filter-select"
      >
        <option value="">{t("noFilter")}</option>
        {filters.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
            {f.isPrivate ? "" : ` · ${t("shared")}`}
          </option>
        ))}
      </select>
    </label>
  );
}
