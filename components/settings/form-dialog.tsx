"use client";

import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText, type FailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { settingsMessages } from "./messages";

type Props = {
  open: boolean;
  title: string;
  description?: string;
  /** The form's accessible name. */
  label: string;
  /** Resets the form's inputs when it changes (the edited item's id). */
  formKey?: string;
  onClose: () => void;
  /** Reads the form and saves it; `null` when there is nothing to send. */
  submit: (form: FormData) => Promise<ActionResult> | null;
  /** The fields the form shows its messages beside; other field messages go to the alert above the form. */
  ownFields: string[];
  /** The submit button's text (Save by default). */
  submitLabel?: string;
  children: (failure: FailureText | null) => ReactNode;
};

/**
 * A settings dialog with one form (a stage, a custom field, a dictionary entry): Save sends it, a success
 * closes it, a failure shows in the reader's language beside its fields or above the form; Cancel (or
 * Escape, unless saving) closes it and forgets the failure.
 */
export function FormDialog({ open, title, description, label, formKey, onClose, submit, ownFields, submitLabel, children }: Props) {
  const t = useT(settingsMessages);
  const failureText = useFailureText();
  const [failure, setFailure] = useState<FailureText | null>(null);
  const [pending, start] = useTransition();
  const close = () => {
    setFailure(null);
    onClose();
  };
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const saving = submit(new FormData(e.currentTarget));
    if (!saving) return;
    start(async () => {
      const result = await saving;
      if (result.ok) close();
      else setFailure(failureText(result));
    });
  }
  const other = failure ? Object.entries(failure.fields).filter(([name]) => !ownFields.includes(name)) : [];
  const alert = failure && (other.length ? other.map(([, text]) => text).join(" · ") : Object.keys(failure.fields).length === 0 ? failure.message : null);
  return (
    <Dialog open={open} onClose={close} dismissible={!pending} title={title} description={description}>
      {open && (
        <form key={formKey} onSubmit={onSubmit} noValidate className="space-y-4" aria-label={label}>
          {alert && <Alert>{alert}</Alert>}
          {children(failure)}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button type="submit" pending={pending}>
              {submitLabel ?? t("save")}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
