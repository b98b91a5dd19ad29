"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { searchLinksAction } from "@/app/(crm)/tasks/actions";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { taskKeys } from "@/components/query/keys";
import { FieldError } from "@/components/ui/field-error";
import { inputClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/components/ui/cn";
import type { LinkKind, LinkOption } from "@/lib/tasks/link-options";
import { taskMessages } from "./messages";

export type PickedLink = { id: string; label: string } | null;

/** Waits until the person stops typing before searching. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * A search-as-you-type combobox over one kind of record (type, arrow keys, Enter; Escape closes the list):
 * the task dialog's pickers and the task table's "linked to" filter.
 */
export function LinkSearch({
  kind,
  label,
  onPick,
  id: givenId,
  labelledByVisible,
  error,
  inputRef,
  className,
}: {
  kind: LinkKind;
  /** The list's name, and the input's accessible name unless a visible <label> points at `id`. */
  label: string;
  onPick: (o: LinkOption) => void;
  id?: string;
  labelledByVisible?: boolean;
  error?: string | null;
  inputRef?: React.Ref<HTMLInputElement>;
  className?: string;
}) {
  const t = useT(taskMessages);
  const explain = useFailureSentence();
  const ownId = useId();
  const id = givenId ?? ownId;
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), 200);
  const search = useQuery({
    queryKey: taskKeys.links(kind, q),
    queryFn: async () => {
      const res = await searchLinksAction({ kind, q });
      if (!res.ok) throw new Error(explain(res));
      return res.options;
    },
    enabled: open,
    staleTime: 30_000,
  });
  const options: LinkOption[] = search.data ?? [];
  const listId = `${id}-list`;

  const choose = (o: LinkOption) => {
    onPick(o);
    setText("");
    setOpen(false);
  };

  return (
    <div className="relative">
      <input
        ref={inputRef}
        id={id}
        role="combobox"
        aria-label={labelledByVisible ? undefined : label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        dir="auto"
        placeholder={t("searchPlaceholder")}
        className={cn(inputClasses, className)}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && open && options[active]) {
            e.preventDefault();
            choose(options[active]);
          } else if (e.key === "Escape" && open) {
            // Close the list, not the dialog around it.
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute inset-x-0 z-20 mt-1 max-h-60 min-w-56 overflow-auto rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {search.isPending ? (
            <li className="px-3 py-2 text-slate-500">{t("searching")}</li>
          ) : search.isError ? (
            <li className="px-3 py-2 text-red-700">{search.error.message}</li>
          ) : options.length === 0 ? (
            <li className="px-3 py-2 text-slate-500">{t("noMatches")}</li>
          ) : (
            options.map((o, i) => (
              <li
                key={o.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(o)}
                onMouseEnter={() => setActive(i)}
                className={cn("cursor-pointer px-3 py-1.5", i === active && "bg-indigo-50")}
              >
                <span className="block truncate text-slate-900">
                  <bdi>{o.label}</bdi>
                </span>
                {o.hint && (
                  <span className="block truncate text-[12px] text-slate-500">
                    <bdi>{o.hint}</bdi>
                  </span>
                )}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}

/** One contact, account or deal of the task dialog: a search, then the chosen record as a chip that can be removed. */
export function LinkPicker({ kind, label, value, onChange, error }: { kind: LinkKind; label: string; value: PickedLink; onChange: (v: PickedLink) => void; error?: string | null }) {
  const t = useT(taskMessages);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  if (value) {
    return (
      <div>
        <Label htmlFor={`${id}-chip`}>{label}</Label>
        <div className="mt-1.5 flex h-9 items-center justify-between gap-2 rounded-lg border border-slate-200 bg-slate-50 px-3 text-sm">
          <span id={`${id}-chip`} className="truncate text-slate-800">
            <bdi>{value.label}</bdi>
          </span>
          <button
            type="button"
            onClick={() => {
              onChange(null);
              setTimeout(() => inputRef.current?.focus(), 0);
            }}
            aria-label={t("clear", { name: value.label })}
            className="rounded p-0.5 text-slate-500 hover:bg-slate-200 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-500"
          >
            <CloseIcon />
          </button>
        </div>
        <FieldError id={`${id}-error`} message={error} />
      </div>
    );
  }

  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <LinkSearch id={id} kind={kind} label={label} labelledByVisible error={error} inputRef={inputRef} className="mt-1.5" onPick={(o) => onChange({ id: o.id, label: o.label })} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The ✕ of a removable chip. */
export function CloseIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5 fill-current">
      <path d="M4.3 3.2 8 6.9l3.7-3.7 1.1 1.1L9.1 8l3.7 3.7-1.1 1.1L8 9.1l-3.7 3.7-1.1-1.1L6.9 8 3.2 4.3l1.1-1.1Z" />
    </svg>
  );
}
