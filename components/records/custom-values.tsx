"use client";

import type { ActionResult } from "@/components/forms/action-result";
import { formatDate, formatDateTime } from "@/components/format/date";
import { formatList } from "@/components/format/list";
import { useLocale, useT } from "@/components/i18n/provider";
import { EditableField, InlineEdit, type EditOption, type EditType, type EditValue } from "./inline-edit";
import type { CustomColumn } from "./custom-columns";
import { recordMessages } from "./messages";

export type { CustomColumn } from "./custom-columns";

const EDIT_TYPES: Record<string, EditType> = {
  text: "text",
  textarea: "textarea",
  email: "email",
  phone: "tel",
  url: "url",
  number: "number",
  date: "date",
  datetime: "datetime",
  select: "select",
  multiselect: "multiselect",
  boolean: "boolean",
};

/** The editor of a custom field type (unknown types are edited as text). */
export const editType = (fieldType: string): EditType => EDIT_TYPES[fieldType] ?? "text";

/** A stored value as the editor holds it (numbers as text, the rest as they come). */
function editValue(value: unknown): EditValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

/** An edited value as the API takes it (`customFields: {name: value}`); numbers as numbers when they read as one. */
const wireValue = (column: CustomColumn, value: EditValue) => (column.type === "number" && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value);

/** A custom field value as a person reads it, in the page's language. */
export function CustomValue({ value, type, options }: { value: unknown; type: string; options?: EditOption[] }) {
  const t = useT(recordMessages);
  const locale = useLocale();
  const label = (v: unknown) => options?.find((o) => o.value === v)?.label ?? String(v);
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return <span className="text-slate-400">{t("empty")}</span>;
  if (typeof value === "boolean") return <>{t(value ? "yes" : "no")}</>;
  if (typeof value === "number") return <span className="tabular-nums">{new Intl.NumberFormat(locale).format(value)}</span>;
  if (Array.isArray(value)) return <>{formatList(value.map(label), locale)}</>;
  if (type === "select") return <>{label(value)}</>;
  if (type === "date" && typeof value === "string") return <>{formatDate(`${value}T00:00:00`, locale)}</>;
  if (type === "datetime" && typeof value === "string") return <>{formatDateTime(value, locale)}</>;
  return <span dir={["email", "phone", "url"].includes(type) ? "ltr" : undefined}>{String(value)}</span>;
}

type Save = (input: Record<string, unknown>) => Promise<ActionResult>;

/** One custom field of a list row, edited in place in its cell. */
export function CustomCell({ column, value, save, field = "customFields" }: { column: CustomColumn; value: unknown; save: Save; field?: string }) {
  return (
    <InlineEdit
      name={`${field}.${column.name}`}
      label={column.label}
      type={editType(column.type)}
      options={column.options}
      required={column.required}
      value={editValue(value)}
      save={(v) => save({ [field]: { [column.name]: wireValue(column, v) } })}
    />
  );
}

/**
 * The custom fields of a record page's details, every type edited in place (saved as `customFields:
 * {name: value}`, or under `field`; the server checks the type and its message shows beside the field).
 */
export function CustomFieldDetails({ columns, values, save, field = "customFields" }: { columns: CustomColumn[]; values: Record<string, unknown>; save: Save; field?: string }) {
  return (
    <>
      {columns.map((c) => (
        <EditableField
          key={c.name}
          testId={`custom-field-${c.name}`}
          className={c.type === "textarea" || c.type === "multiselect" ? "sm:col-span-2" : undefined}
          name={`${field}.${c.name}`}
          label={c.label}
          type={editType(c.type)}
          options={c.options}
          required={c.required}
          value={editValue(values[c.name])}
          save={(v) => save({ [field]: { [c.name]: wireValue(c, v) } })}
        />
      ))}
    </>
  );
}
