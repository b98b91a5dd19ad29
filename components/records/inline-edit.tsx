"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText } from "@/components/forms/failure-text";
import { formatDate, formatDateTime } from "@/components/format/date";
import { formatList } from "@/components/format/list";
import { useLocale, useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { fieldMessage } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { inputClasses } from "@/components/ui/input";
import { recordMessages } from "./messages";

/** What can be edited in place: every built-in field and every custom field type. */
export type EditType = "text" | "textarea" | "email" | "tel" | "url" | "number" | "date" | "datetime" | "select" | "multiselect" | "boolean";
/** A value as the editor holds it: text for most types, a boolean, a list of choices, or nothing. */
export type EditValue = string | boolean | string[] | null;
export type EditOption = { value: string; label: string };

type Props = {
  /** The field's name in the update (e.g. `primaryEmail`, `customFields.tier`): its server message is shown. */
  name: string;
  label: string;
  value: EditValue;
  save: (value: EditValue) => Promise<ActionResult>;
  type?: EditType;
  /** The choices of a select or multiselect. */
  options?: EditOption[];
  /** A select that cannot be emptied (no "—" choice). */
  required?: boolean;
  maxLength?: number;
  /** How the value reads when not editing (a link, an amount with its currency…); defaults per type. */
  display?: ReactNode;
  /** "cell": compact for a table; "field": for a record page's details. */
  variant?: "cell" | "field";
};

const LTR_TYPES: EditType[] = ["email", "tel", "url", "number"];
const isEmpty = (v: EditValue) => v === null || v === "" || (Array.isArray(v) && v.length === 0);
const same = (a: EditValue, b: EditValue) => (isEmpty(a) && isEmpty(b)) || JSON.stringify(a) === JSON.stringify(b);

/** "2025-01-31T09:30:00.000Z" → the browser's local "2025-01-31T10:30" for a datetime-local input. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The draft the editor starts from, as the inputs hold it (strings, or a list for multiselect). */
function toDraft(type: EditType, value: EditValue): string | string[] {
  if (type === "multiselect") return Array.isArray(value) ? value : [];
  if (type === "boolean") return value === true ? "true" : value === false ? "false" : "";
  if (type === "datetime") return typeof value === "string" ? toLocalInput(value) : "";
  return value === null || Array.isArray(value) || typeof value === "boolean" ? "" : value;
}

/** The draft as the value to save: trimmed text, a number with a dot, an ISO date-time, a boolean… */
function fromDraft(type: EditType, draft: string | string[]): EditValue {
  if (Array.isArray(draft)) return draft.length ? draft : null;
  const text = draft.trim();
  if (text === "") return null;
  if (type === "boolean") return text === "true";
  if (type === "number") return text.replace(/\s/g, "").replace(",", ".");
  if (type === "datetime") {
    const d = new Date(text);
    return Number.isNaN(d.getTime()) ? text : d.toISOString();
  }
  return text;
}

/**
 * A value edited in place, one editor for every type (text, number, date, date and time, choice, choices,
 * yes/no): click (or Enter) to edit, Enter or Save to keep, Escape to cancel. The value shows at once; the
 * server's answer confirms it or puts the old value back with its message, in the reader's language, beside
 * the field.
 */
export function InlineEdit({ name, label, value, save, type = "text", options = [], required, maxLength, display, variant = "cell" }: Props) {
  const t = useT(recordMessages);
  const locale = useLocale();
  const failureText = useFailureText();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<string | string[]>(() => toDraft(type, value));
  const [shown, setShown] = useState<EditValue>(value);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  const errorId = useId();
  // Text typed by people takes the direction of its first letter: a Latin title in an Arabic table reads (and is
  // cut with "…") left to right, an Arabic one in an English table right to left, and its punctuation stays put.
  const typed = type === "text" || type === "textarea";
  const dir = LTR_TYPES.includes(type) ? "ltr" : typed ? "auto" : undefined;

  // A new value from the server (after a refresh) replaces what is shown, unless the user is typing.
  const [lastValue, setLastValue] = useState(value);
  if (!same(value, lastValue)) {
    setLastValue(value);
    if (!editing) setShown(value);
  }

  const close = (refocus = true) => {
    setEditing(false);
    setError(null);
    if (refocus) requestAnimationFrame(() => trigger.current?.focus());
  };

  async function commit() {
    const next = fromDraft(type, draft);
    if (same(next, shown)) return close();
    setPending(true);
    const previous = shown;
    setShown(next);
    const result = await save(next);
    setPending(false);
    if (result.ok) return close();
    setShown(previous);
    const failure = failureText(result);
    setError(fieldMessage(label, failure.fields[name]) ?? failure.message);
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      close();
    }
    if (e.key === "Enter" && type === "textarea" && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      void commit();
    }
  };

  if (editing) {
    const common = {
      id: inputId,
      autoFocus: true,
      name,
      "aria-label": label,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? errorId : undefined,
      onKeyDown,
    };
    const text = typeof draft === "string" ? draft : "";
    const list = Array.isArray(draft) ? draft : [];
    const control =
      type === "textarea" ? (
        <textarea {...common} dir={dir} rows={3} value={text} maxLength={maxLength} onChange={(e) => setDraft(e.target.value)} className={cn(inputClasses, "h-auto basis-full py-2")} />
      ) : type === "select" || type === "boolean" ? (
        <select {...common} value={text} onChange={(e) => setDraft(e.target.value)} className={cn(inputClasses, "h-8 min-w-0 flex-1 basis-36 pe-8")}>
          {!required && <option value="">{t("empty")}</option>}
          {(type === "boolean" ? [{ value: "true", label: t("yes") }, { value: "false", label: t("no") }] : options).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : type === "multiselect" ? (
        <fieldset
          id={inputId}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onKeyDown={onKeyDown}
          className="flex basis-full flex-wrap gap-x-4 gap-y-1.5 rounded-lg border border-slate-300 px-3 py-2"
        >
          {options.map((o, i) => (
            <label key={o.value} className="inline-flex items-center gap-1.5 text-sm text-slate-800">
              <input
                type="checkbox"
                autoFocus={i === 0}
                checked={list.includes(o.value)}
                onChange={(e) => setDraft(e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value))}
                className="size-4 rounded border-slate-300 text-indigo-600"
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      ) : (
        <input
          {...common}
          type={type === "number" ? "text" : type === "datetime" ? "datetime-local" : type}
          inputMode={type === "number" ? "decimal" : undefined}
          dir={dir}
          value={text}
          maxLength={maxLength}
          onChange={(e) => setDraft(e.target.value)}
          className={cn(inputClasses, "h-8 min-w-0 flex-1 basis-36")}
        />
      );
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
          {control}
          <Button type="submit" size="sm" pending={pending}>
            {t("save")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => close()} disabled={pending}>
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
        setDraft(toDraft(type, shown));
        setEditing(true);
      }}
      title={t("edit", { field: label })}
      className={cn(
        "group -mx-1.5 block max-w-full truncate rounded px-1.5 py-0.5 text-start hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500",
        variant === "field" && "w-full text-sm text-slate-900",
        type === "textarea" && variant === "field" && "whitespace-pre-wrap break-words",
      )}
    >
      {isEmpty(shown) ? (
        <span className="text-slate-400">{t("empty")}</span>
      ) : (
        <span dir={dir} className={cn(typed && !(type === "textarea" && variant === "field") && "inline-block max-w-full truncate align-top")}>{same(shown, value) && display !== undefined ? display : <Formatted type={type} value={shown} options={options} locale={locale} yes={t("yes")} no={t("no")} />}</span>
      )}
      <span className="sr-only"> ({t("edit", { field: label })})</span>
    </button>
  );
}

/** A value as a person reads it, per type, in the page's language. */
function Formatted({ type, value, options, locale, yes, no }: { type: EditType; value: EditValue; options: EditOption[]; locale: string; yes: string; no: string }) {
  const label = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  if (typeof value === "boolean") return <>{value ? yes : no}</>;
  if (Array.isArray(value)) return <>{formatList(value.map(label), locale)}</>;
  if (value === null) return null;
  if (type === "select") return <>{label(value)}</>;
  if (type === "number" && /^-?\d+(\.\d+)?$/.test(value)) return <span className="tabular-nums">{new Intl.NumberFormat(locale).format(Number(value))}</span>;
  if (type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{formatDate(`${value}T00:00:00`, locale)}</>;
  if (type === "datetime" && !Number.isNaN(new Date(value).getTime())) return <>{formatDateTime(value, locale)}</>;
  return <>{value}</>;
}

/** A labelled value of a record page's details (`<dt>` + `<dd>`), edited in place. */
export function EditableField({ testId, className, ...props }: Props & { testId?: string; className?: string }) {
  return (
    <div className={cn("min-w-0", className)} data-testid={testId}>
      <dt className="text-[11px] font-medium uppercase tracking-wide text-slate-500">{props.label}</dt>
      <dd className="mt-0.5">
        <InlineEdit variant="field" {...props} />
      </dd>
    </div>
  );
}
