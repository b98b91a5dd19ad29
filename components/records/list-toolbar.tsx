"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useT } from "@/components/i18n/provider";
import { SearchIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { recordMessages } from "./messages";
import { useListUrl } from "./use-list-url";

/** Search box (debounced, kept in `?q=`), optional filters (a saved-filter selector) and the list's actions. Typing starts again from page 1. */
export function ListToolbar({ children, filters, placeholder }: { children?: ReactNode; filters?: ReactNode; placeholder?: string }) {
  const t = useT(recordMessages);
  const { params, update, pending } = useListUrl();
  const [text, setText] = useState(params.get("q") ?? "");
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => update({ q: text.trim(), page: null }), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the text triggers a search
  }, [text]);

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="relative min-w-56 flex-1 sm:max-w-sm">
        <span className="pointer-events-none absolute inset-y-0 start-3 flex items-center text-slate-400">
          <SearchIcon />
        </span>
        <Input
          type="search"
          aria-label={t("search")}
          placeholder={placeholder ?? t("searchPlaceholder")}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="ps-9"
        />
        {pending && (
          <span className="absolute inset-y-0 end-3 flex items-center text-slate-400">
            <Spinner />
          </span>
        )}
      </div>
      {filters}
      <div className="ms-auto flex items-center gap-2">{children}</div>
    </div>
  );
}
