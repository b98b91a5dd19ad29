"use client";

import { useEffect, useId, useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import type { SearchHit, SearchResults } from "@/lib/search/global";

type Props = {
  kind: "contacts" | "accounts";
  label: string;
  placeholder: string;
  /** Ids already linked: not offered again. */
  exclude: string[];
  search: (q: string) => Promise<ActionResult<{ results: SearchResults }>>;
  onPick: (hit: SearchHit) => void;
};

/** A search-as-you-type combobox over contacts or accounts (the global search verb), for linking records. */
export function RecordPicker({ kind, label, placeholder, exclude, search, onPick }: Props) {
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    let live = true;
    const timer = setTimeout(async () => {
      setLoading(true);
      const result = await search(text);
      if (!live) return;
      setLoading(false);
      setActive(0);
      setHits(result.ok ? result.results[kind].filter((h) => !exclude.includes(h.id)) : []);
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, kind, exclude, search]);

  const shown = q.trim() ? hits : [];
  const pick = (hit: SearchHit) => {
    onPick(hit);
    setQ("");
    setHits([]);
  };

  return (
    <div className="relative">
      <Input
        role="combobox"
        aria-label={label}
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={shown[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, shown.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter" && shown[active]) {
            e.preventDefault();
            pick(shown[active]);
          } else if (e.key === "Escape") setQ("");
        }}
        className="h-8 text-[13px]"
      />
      {loading && (
        <span className="absolute inset-y-0 end-2.5 flex items-center text-slate-400">
          <Spinner />
        </span>
      )}
      {shown.length > 0 && (
        <ul id={listId} role="listbox" aria-label={label} className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg">
          {shown.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(h)}
              className={`cursor-pointer px-3 py-1.5 text-[13px] ${i === active ? "bg-indigo-50 text-indigo-900" : "text-slate-700"}`}
            >
              <span className="font-medium">{h.title}</span>
              {h.subtitle && <span className="ms-2 text-slate-500">{h.subtitle}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
