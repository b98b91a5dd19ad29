import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldError } from "./field-error";
import { Input } from "./input";
import { Label } from "./label";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  /** The input's id; defaults to `field-<name>` (set it when a page shows two forms with the same field name). */
  id?: string;
  label: string;
  /** The message from the server for this field, e.g. "is required" (shown as "Email is required"). */
  error?: string | null;
  hint?: ReactNode;
  /** Something beside the label, e.g. a "Forgot password?" link. */
  aside?: ReactNode;
};

/**
 * Lib messages and their translations are fragments ("is required", "est obligatoire", "مطلوب") shown after
 * the label; a full sentence (capitalised) is shown as is. Scripts without case (Arabic) are fragments.
 */
export const fieldMessage = (label: string, message?: string | null) =>
  message ? (/^[\p{Ll}\p{Lo}]/u.test(message) ? `${label} ${message}` : message) : null;

/** A labelled input with its hint and error, wired for screen readers. */
export function Field({ name, id: givenId, label, error, hint, aside, ...input }: Props) {
  const id = givenId ?? `field-${name}`;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {aside}
      </div>
      <Input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1.5 text-[13px] text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={fieldMessage(label, error)} />
    </div>
  );
}
