"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { fieldMessage } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { recordMessages } from "./messages";

type Props = {
  /** The field's name in the update (e.g. `primaryEmail`). */
  name: string;
  label: string;
  value: string | null;
  save: (value: string | null) => Promise<ActionResult>;
  type?: "text" | "email" | "tel" | "url";
  /** How the value reads when not editing (a link, say). */
  display?: ReactNode;
  /** "cell": compact for a table; "field": for a record page's details. */
  variant?: "cell" | "field";
};

/**
 * A value edited in place: click (or Enter) to edit, Enter or Save to keep, Escape to cancel. The value
 * shows at once; the server's answer confirms it or puts the old value back with the message beside
 * the field.
 */
export function InlineEdit({ name, label, value, save, type = "text", display, variant = "cell" }: Props) {
  const t = useT(recordMessages);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value ?? "");
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const errorId = useId();
  // Emails, phone numbers and web addresses read left to right, even in an Arabic page.
  const dir = type === "text" ? undefined : "ltr";

  // A new value from the server (after a refresh) replaces what is shown, unless the user is typing.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (!editing) setShown(value);
  }

  async function commit() {
    const next = draft.trim() === "" ? null : draft.trim();
    if (next === (shown ?? null)) {
      setEditing(false);
      setError(null);
      return;
    }
    setPending(true);
    const previous = shown;
    setShown(next);
    const result = await save(next);
    setPending(false);
    if (result.ok) {
      setEditing(false);
      setError(null);
      requestAnimationFrame(() => trigger.current?.focus());
    } else {
      setShown(previous);
      setError(fieldMessage(label, result.fields[name]) ?? result.message);
    }
  }

  if (editing) {
    return (
      <form
        noValidate
        className={variant === "cell" ? "min-w-64" : ""}
        onSubmit={(e) => {
          e.preventDefault();
          void commit();
        }}
      >
        <div className="flex flex-wrap items-center gap-1.5">
          <Input
            autoFocus
            type={type}
            dir={dir}
            name={name}
            aria-label={label}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.preventDefault();
                setEditing(false);
                setError(null);
                requestAnimationFrame(() => trigger.current?.focus());
              }
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className="h-8 min-w-0 flex-1 basis-36"
          />
          <Button type="submit" size="sm" pending={pending}>
            {t("save")}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              setEditing(false);
              setError(null);
            }}
          >
            {t("cancel")}
          </Button>
        </div>
        <FieldError id={errorId} message={error} className="whitespace-normal" />
      </form>
    );
  }

  return (
    <button
      ref={trigger}
      type="button"
      onClick={() => {
        setDraft(shown ?? "");
        setEditing(true);
      }}
      title={t("edit", { field: label })}
      className={
        "group -mx-1.5 block max-w-full truncate rounded px-1.5 py-0.5 text-start hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 " +
        (variant === "field" ? "w-full text-sm text-slate-900" : "")
      }
    >
      {shown ? <span dir={dir}>{(shown === value && display) || shown}</span> : <span className="text-slate-400">{t("empty")}</span>}
      <span className="sr-only"> ({t("edit", { field: label })})</span>
    </button>
  );
}
