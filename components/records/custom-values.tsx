"use client";

import type { ActionResult } from "@/components/forms/action-result";
import { formatDate, formatDateTime } from "@/components/format/date";
import { useLocale, useT } from "@/components/i18n/provider";
import { InlineEdit } from "./inline-edit";
import { recordMessages } from "./messages";

/** A custom field as the lists and record pages show it (its definition, without options). */
export type CustomColumn = { name: string; label: string; type: string };

/** A custom field value as a person reads it, in the page's language. */
export function CustomValue({ value, type }: { value: unknown; type: string }) {
  const t = useT(recordMessages);
  const locale = useLocale();
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return <span className="text-slate-400">{t("empty")}</span>;
  if (typeof value === "boolean") return <>{t(value ? "yes" : "no")}</>;
  if (typeof value === "number") return <span className="tabular-nums">{new Intl.NumberFormat(locale).format(value)}</span>;
  if (Array.isArray(value)) return <>{value.join(", ")}</>;
  if (type === "date" && typeof value === "string") return <>{formatDate(`${value}T00:00:00`, locale)}</>;
  if (type === "datetime" && typeof value === "string") return <>{formatDateTime(value, locale)}</>;
  return <span dir={["email", "phone", "url"].includes(type) ? "ltr" : undefined}>{String(value)}</span>;
}

const EDITABLE: Record<string, "text" | "email" | "tel" | "url"> = { text: "text", textarea: "text", email: "email", phone: "tel", url: "url", number: "text" };

/**
 * The custom fields of a record page's details: text-like fields (and numbers) are edited in place
 * (saved as `customFields: {name: value}`, the server checks the type); other types are shown.
 */
export function CustomFieldDetails({ columns, values, save }: { columns: CustomColumn[]; values: Record<string, unknown>; save: (input: Record<string, unknown>) => Promise<ActionResult> }) {
  return (
    <>
      {columns.map((c) => (
        <div key={c.name} className="min-w-0">
          <dt className="text-[11px] font-medium uppercase tracking-wide text-slate-500">{c.label}</dt>
          <dd className="mt-0.5 text-sm text-slate-900">
            {EDITABLE[c.type] ? (
              <InlineEdit
                variant="field"
                name={`customFields.${c.name}`}
                label={c.label}
                type={EDITABLE[c.type]}
                value={values[c.name] === null || values[c.name] === undefined ? null : String(values[c.name])}
                save={(value) => save({ customFields: { [c.name]: c.type === "number" && value !== null && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value } })}
              />
            ) : (
              <CustomValue value={values[c.name]} type={c.type} />
            )}
          </dd>
        </div>
      ))}
    </>
  );
}
