"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useT } from "@/components/i18n/provider";
import { NativeSelect } from "@/components/ui/native-select";
import type { EntityName } from "@/lib/query/types";
import { queryBuilderMessages } from "./messages";

export type SavedFilterOption = { id: string; name: string; isPrivate: boolean; ownerName: string };

/**
 * Applies a saved filter to a list or the board through the URL (`?filter=<id>`), so that the view can
 * be shared and reloaded. Give it the filters of the page's module (`listSavedFilters({ctx, query:
 * {module}})`); the page reads the parameter and calls `savedFilterWhere` from `@/lib/query`.
 * Next to it, a link opens the chosen filter (or a new one of the module) in the filter builder.
 */
export function SavedFilterSelect({
  filters,
  entity,
  param = "filter",
  className,
  onSelect,
}: {
  filters: readonly SavedFilterOption[];
  entity: EntityName;
  param?: string;
  className?: string;
  /** Pages that keep their URL state on the client (the board) set the parameter themselves. */
  onSelect?: (id: string) => void;
}) {
  const t = useT(queryBuilderMessages);
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const raw = search.get(param) ?? "";
  // A link to a filter that is gone (or private to someone else) shows "All records"; the page says why.
  const current = filters.some((f) => f.id === raw) ? raw : "";
  const onChange = (id: string) => {
    if (onSelect) return onSelect(id);
    const next = new URLSearchParams(search.toString());
    if (id) next.set(param, id);
    else next.delete(param);
    // Paging restarts with another filter.
    next.delete("offset");
    next.delete("cursor");
    next.delete("page");
    const qs = next.toString();
    router.push(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };
  const editHref = current ? `/filters?${new URLSearchParams({ filter: current })}` : `/filters?${new URLSearchParams({ entity })}`;
  return (
    <div className={className ?? "flex items-end gap-2"}>
      <label className="text-[12px] font-medium text-slate-600">
        <span className="mb-1 block">{t("applyFilter")}</span>
        <NativeSelect className="max-w-64" value={current} onChange={(e) => onChange(e.target.value)} data-testid="saved-filter-select">
          <option value="">{t("noFilter")}</option>
          {filters.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
              {f.isPrivate ? "" : ` · ${t("shared")}`}
            </option>
          ))}
        </NativeSelect>
      </label>
      <Link href={editHref} className="inline-flex h-9 items-center rounded-lg px-2 text-[13px] font-medium text-indigo-700 hover:bg-indigo-50 hover:underline" data-testid="edit-saved-filter">
        {current ? t("editFilter") : t("newFilter")}
      </Link>
    </div>
  );
}
