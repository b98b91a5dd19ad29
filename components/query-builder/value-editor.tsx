"use client";

import { useSyncExternalStore } from "react";
import type { ValueEditorProps } from "react-querybuilder";
import { useT } from "@/components/i18n/provider";
import { cn } from "@/components/ui/cn";
import type { FieldInfo } from "@/lib/query/types";
import { queryBuilderMessages } from "./messages";
import { RELATIVE_DATES, relativeKey } from "./summary";

const input = "h-9 min-w-0 rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/20";
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? v.split(",").map((s) => s.trim()) : []);

const noop = () => () => {};
/** False while rendering on the server and hydrating, true afterwards (the browser's time zone is known). */
const useIsClient = () => useSyncExternalStore(noop, () => true, () => false);

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant (ISO) → the `datetime-local` value in the browser's time zone; a day → its midnight. */
export function toLocalInput(value: string, utc = false): string {
  if (ISO_DAY.test(value)) return `${value}T00:00`;
  const d = new Date(value);
  if (!value || Number.isNaN(d.getTime()) || relativeKey(value)) return "";
  if (utc) return d.toISOString().slice(0, 16);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (the browser's time zone) → an ISO instant, which the compiler reads as such. */
export function fromLocalInput(value: string): string {
  if (!value) return "";
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
}

/**
 * A date or a date-time: a calendar day (date fields) or a day and time in the user's time zone (date-time
 * fields, stored as an ISO instant), or a relative value chosen from a list (kept as words, so it follows the clock).
 */
function DateInput({ value, onChange, label, withTime }: { value: string; onChange: (v: string) => void; label: string; withTime: boolean }) {
  const t = useT(queryBuilderMessages);
  const isClient = useIsClient();
  const relative = relativeKey(value) ? value.trim().toLowerCase() : "";
  const choices = withTime ? ["now", ...RELATIVE_DATES] : RELATIVE_DATES;
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {withTime ? (
        <input type="datetime-local" aria-label={label} className={input} value={toLocalInput(value, !isClient)} onChange={(e) => onChange(fromLocalInput(e.target.value))} />
      ) : (
        <input type="date" aria-label={label} className={input} value={ISO_DAY.test(value) ? value : ""} onChange={(e) => onChange(e.target.value)} />
      )}
      <select aria-label={`${label} (${t("relativePick")})`} title={t("relativeHint")} className={input} value={relative} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("relativePick")}…</option>
        {choices.map((r) => (
          <option key={r} value={r}>
            {t(relativeKey(r) ?? "rel_today")}
          </option>
        ))}
      </select>
    </span>
  );
}

/** One value box by type: text, number, date or date-time (with relative dates), select, multi-select for "is one of". */
export function ValueEditor(props: ValueEditorProps) {
  const t = useT(queryBuilderMessages);
  const { operator, value, handleOnChange } = props;
  const field = props.fieldData as unknown as FieldInfo & { name: string };
  if (operator === "null" || operator === "notNull") return null;
  const label = `${field.label}: ${t("value")}`;
  const type = field.type;
  const scalar = (v: unknown, onChange: (v: string) => void, aria: string) => {
    if (type === "date" || type === "datetime") return <DateInput value={String(v ?? "")} onChange={onChange} label={aria} withTime={type === "datetime"} />;
    if (type === "boolean")
      return (
        <select aria-label={aria} className={input} value={String(v ?? "true")} onChange={(e) => onChange(e.target.value)}>
          <option value="true">{t("yes")}</option>
          <option value="false">{t("no")}</option>
        </select>
      );
    if (field.options)
      return (
        <select aria-label={aria} className={cn(input, "max-w-56")} value={String(v ?? "")} onChange={(e) => onChange(e.target.value)}>
          <option value="">…</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.group ? `${o.group} · ${o.label}` : o.label}
            </option>
          ))}
        </select>
      );
    return <input aria-label={aria} className={cn(input, "w-44")} type={type === "number" ? "number" : "text"} value={String(v ?? "")} onChange={(e) => onChange(e.target.value)} />;
  };

  if (operator === "between" || operator === "notBetween") {
    const [a, b] = asList(value);
    return (
      <span className="inline-flex flex-wrap items-center gap-1.5">
        {scalar(a ?? "", (v) => handleOnChange([v, b ?? ""]), `${field.label}: ${t("valueFrom")}`)}
        <span className="text-sm text-slate-500">{t("and")}</span>
        {scalar(b ?? "", (v) => handleOnChange([a ?? "", v]), `${field.label}: ${t("valueTo")}`)}
      </span>
    );
  }
  if (operator === "in" || operator === "notIn") {
    if (field.options)
      return (
        <select
          multiple
          aria-label={label}
          className={cn(input, "h-24 max-w-64 py-1")}
          value={asList(value)}
          onChange={(e) => handleOnChange(Array.from(e.target.selectedOptions, (o) => o.value))}
        >
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.group ? `${o.group} · ${o.label}` : o.label}
            </option>
          ))}
        </select>
      );
    return <input aria-label={label} placeholder={t("valueList")} className={cn(input, "w-56")} value={Array.isArray(value) ? value.join(", ") : String(value ?? "")} onChange={(e) => handleOnChange(e.target.value)} />;
  }
  return scalar(value, handleOnChange, label);
}
