"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useT } from "@/components/i18n/provider";
import { Avatar } from "@/components/ui/avatar";
import { SearchIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import type { SearchResults } from "@/lib/search/global";
import { searchMessages } from "./messages";

type Item = { kind: "contacts" | "accounts" | "deals"; id: string; title: string; subtitle: string | null; href: string; color?: string };
type Search = (q: string) => Promise<ActionResult<{ results: SearchResults }>>;

const flatten = (r: SearchResults): Item[] => [
  ...r.contacts.map((h) => ({ kind: "contacts" as const, ...h, href: `/contacts/${h.id}` })),
  ...r.accounts.map((h) => ({ kind: "accounts" as const, ...h, href: `/accounts/${h.id}` })),
  ...r.deals.map((h) => ({ kind: "deals" as const, id: h.id, title: h.title, subtitle: h.subtitle, href: `/deals/${h.id}`, color: h.stageColor })),
];

/**
 * The global search: Ctrl/Cmd-K (or the button) opens it anywhere in the app; results come as you type,
 * grouped by kind; arrows move, Enter opens, Escape closes.
 */
export function CommandPalette({ search }: { search: Search }) {
  const t = useT(searchMessages);
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [items, setItems] = useState<Item[]>([]);
  const [state, setState] = useState<"idle" | "loading" | "error">("idle");
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const el = dialog.current;
    if (open && el && !el.open) el.showModal();
    if (!open && el?.open) el.close();
  }, [open]);

  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    let live = true;
    const timer = setTimeout(async () => {
      setState("loading");
      const result = await search(text).catch(() => null);
      if (!live) return;
      if (!result?.ok) return setState("error");
      setItems(flatten(result.results));
      setActive(0);
      setState("idle");
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, search]);

  const shown = q.trim() ? items : [];
  const go = (item: Item) => {
    setOpen(false);
    setQ("");
    setItems([]);
    router.push(item.href);
  };

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="inline-flex h-8 w-full max-w-xs items-center gap-2 rounded-lg border border-slate-200 bg-slate-50 px-2.5 text-[13px] text-slate-500 hover:border-slate-300 hover:bg-white focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        <SearchIcon className="size-4" />
        <span className="flex-1 text-start">{t("open")}</span>
        <kbd dir="ltr" className="rounded border border-slate-200 bg-white px-1.5 font-sans text-[11px] text-slate-400">
          {t("shortcut")}
        </kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label={t("label")}
        onClose={() => setOpen(false)}
        onClick={(e) => e.target === e.currentTarget && setOpen(false)}
        className="mx-auto mt-[12vh] w-[calc(100%-2rem)] max-w-xl overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-start text-slate-900 shadow-2xl backdrop:bg-slate-900/30"
      >
        {open && (
          <div>
            <div className="flex items-center gap-2 border-b border-slate-200 px-3">
              <span className="text-slate-400">{state === "loading" ? <Spinner /> : <SearchIcon />}</span>
              <input
                autoFocus
                role="combobox"
                aria-label={t("label")}
                aria-expanded={shown.length > 0}
                aria-controls={listId}
                aria-activedescendant={shown[active] ? `${listId}-${active}` : undefined}
                placeholder={t("placeholder")}
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
                    go(shown[active]);
                  }
                }}
                className="h-12 flex-1 bg-transparent text-sm outline-none placeholder:text-slate-400"
              />
              <kbd className="rounded border border-slate-200 px-1.5 text-[11px] text-slate-400">Esc</kbd>
            </div>
            <div className="max-h-[50vh] overflow-y-auto p-1.5">
              {!q.trim() ? (
                <p className="px-3 py-6 text-center text-[13px] text-slate-500">{t("hint")}</p>
              ) : state === "error" ? (
                <p role="alert" className="px-3 py-6 text-center text-[13px] text-red-700">
                  {t("error")}
                </p>
              ) : shown.length === 0 && state === "idle" ? (
                <p className="px-3 py-6 text-center text-[13px] text-slate-500">{t("none", { q: q.trim() })}</p>
              ) : (
                <ul id={listId} role="listbox" aria-label={t("label")}>
                  {shown.map((item, i) => (
                    <li key={`${item.kind}-${item.id}`} role="presentation">
                      {(i === 0 || shown[i - 1]!.kind !== item.kind) && (
                        <div role="presentation" className="px-2.5 pb-1 pt-2.5 text-[11px] font-semibold uppercase tracking-wide text-slate-400">
                          {t(item.kind)}
                        </div>
                      )}
                      <div
                        id={`${listId}-${i}`}
                        role="option"
                        data-testid={`palette-${item.kind}`}
                        aria-selected={i === active}
                        onMouseMove={() => setActive(i)}
                        onClick={() => go(item)}
                        className={`flex cursor-pointer items-center gap-2.5 rounded-md px-2.5 py-2 text-[13px] ${i === active ? "bg-indigo-50 text-indigo-900" : "text-slate-700"}`}
                      >
                        {item.kind === "deals" ? (
                          <span aria-hidden="true" className="ms-1.5 me-1 size-2.5 rounded-full" style={{ backgroundColor: item.color }} />
                        ) : (
                          <Avatar name={item.title || "?"} seed={item.id} size="sm" className={item.kind === "accounts" ? "rounded-md" : undefined} />
                        )}
                        <span className="min-w-0 flex-1 truncate font-medium">{item.title}</span>
                        {item.subtitle && <span className="max-w-[45%] truncate text-slate-500">{item.subtitle}</span>}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
