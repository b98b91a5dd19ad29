"use client";

import { useId, useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field-error";
import { inputClasses } from "@/components/ui/input";
import { dealMessages } from "./messages";

type Kind = "text" | "textarea" | "number" | "date" | "select";

/**
 * A value shown as text that turns into an input on click (or Enter): Enter or "Save" saves, Escape
 * cancels. The server's message for the field appears under it; nothing changes until it is saved.
 */
export function InlineField({
  label,
  value,
  display,
  kind = "text",
  options,
  onSave,
  maxLength,
  testId,
}: {
  label: string;
  value: string;
  display?: ReactNode;
  kind?: Kind;
  options?: { value: string; label: string }[];
  onSave: (value: string) => Promise<ActionResult>;
  maxLength?: number;
  testId?: string;
}) {
  const t = useT(dealMessages);
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const open = () => {
    setDraft(value);
    setError(null);
    setEditing(true);
  };
  const save = () =>
    startTransition(async () => {
      if (draft === value) return setEditing(false);
      const result = await onSave(draft);
      if (result.ok) setEditing(false);
      else setError(Object.values(result.fields)[0] ? `${label} ${Object.values(result.fields)[0]}` : result.message);
    });

  if (!editing) {
    return (
      <div className="group" data-testid={testId}>
        <dt className="text-[12px] font-medium text-slate-500">{label}</dt>
        <dd>
          <button
            type="button"
            onClick={open}
            aria-label={t("edit", { field: label })}
            className="-mx-1.5 mt-0.5 block w-full rounded-md px-1.5 py-1 text-start text-sm text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500"
          >
            {value === "" ? <span className="text-slate-400">{t("empty")}</span> : <span className="whitespace-pre-wrap break-words">{display ?? value}</span>}
          </button>
        </dd>
      </div>
    );
  }

  const common = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    autoFocus: true,
    disabled: pending,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === "Escape") setEditing(false);
      if (e.key === "Enter" && (kind !== "textarea" || e.metaKey || e.ctrlKey)) {
        e.preventDefault();
        save();
      }
    },
  };
  return (
    <div data-testid={testId}>
      <label htmlFor={id} className="text-[12px] font-medium text-slate-500">
        {label}
      </label>
      <div className="mt-1 space-y-2">
        {kind === "textarea" ? (
          <textarea {...common} rows={3} value={draft} maxLength={maxLength} onChange={(e) => setDraft(e.target.value)} className={cn(inputClasses, "h-auto py-2")} />
        ) : kind === "select" ? (
          <select {...common} value={draft} onChange={(e) => setDraft(e.target.value)} className={inputClasses}>
            {options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            type={kind === "number" ? "text" : kind}
            inputMode={kind === "number" ? "decimal" : undefined}
            value={draft}
            maxLength={maxLength}
            onChange={(e) => setDraft(e.target.value)}
            className={inputClasses}
          />
        )}
        <FieldError id={`${id}-error`} message={error} />
        <div className="flex gap-2">
          <Button size="sm" onClick={save} pending={pending}>
            {t("save")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setEditing(false)} disabled={pending}>
            {t("cancel")}
          </Button>
        </div>
      </div>
    </div>
  );
}
