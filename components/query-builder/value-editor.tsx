"use client";

import type { ValueEditorProps } from "react-querybuilder";
import { useT } from "@/components/i18n/provider";
import { cn } from "@/components/ui/cn";
import type { FieldInfo } from "@/lib/query/types";
import { queryBuilderMessages } from "./messages";

const input = "h-9 min-w-0 rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/20";
const RELATIVE = ["today", "yesterday", "this week", "last week", "last 7 days", "last 30 days", "this month", "last month", "next 7 days", "next 30 days", "this quarter", "this year"];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? v.split(",").map((s) => s.trim()) : []);

/** A date: a calendar day, or a relative value chosen from a list (kept as words, so it follows the clock). */
function DateInput({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) {
  const t = useT(queryBuilderMessages);
  const relative = RELATIVE.includes(value) ? value : "";
  return (
    <span className="inline-flex gap-1.5">
      <input type="date" aria-label={label} className={input} value={ISO_DAY.test(value) ? value : ""} onChange={(e) => onChange(e.target.value)} />
      <select aria-label={`${label} (${t("relativeHint")})`} title={t("relativeHint")} className={input} value={relative} onChange={(e) => onChange(e.target.value)}>
        <option value="">…</option>
        {RELATIVE.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    </span>
  );
}

/** One value box by type: text, number, date (with relative dates), select, multi-select for "is one of". */
export function ValueEditor(props: ValueEditorProps) {
  const t = useT(queryBuilderMessages);
  const { operator, value, handleOnChange } = props;
  const field = props.fieldData as unknown as FieldInfo & { name: string };
  if (operator === "null" || operator === "notNull") return null;
  const label = `${field.label}: ${t("value")}`;
  const type = field.type;
  const scalar = (v: unknown, onChange: (v: string) => void, aria: string) => {
    if (type === "date" || type === "datetime") return <DateInput value={String(v ?? "")} onChange={onChange} label={aria} />;
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
