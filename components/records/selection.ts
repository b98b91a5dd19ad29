"use client";

import { useCallback, useState } from "react";

/** The selected row ids of one page of a list. */
export function useSelection(pageIds: string[]) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Rows that left the page (after paging, a search or a delete) are no longer selected.
  const visible = [...selected].filter((id) => pageIds.includes(id));
  const toggle = useCallback((id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id]))), []);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const toggleAll = useCallback(() => setSelected(allOnPage ? new Set() : new Set(pageIds)), [allOnPage, pageIds]);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { ids: visible, has: (id: string) => selected.has(id), toggle, toggleAll, allOnPage, some: visible.length > 0 && !allOnPage, clear };
}

export const checkboxClasses = "size-4 rounded border-slate-300 text-indigo-600 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-500";
