"use client";

import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText, type FailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { settingsMessages } from "./messages";

/**
 * A destructive action behind a confirmation. When the server refuses (a stage in use…), the dialog stays
 * open and says why, in the words `explain` picks for the failure.
 */
export function ConfirmButton({
  label,
  title,
  description,
  confirmLabel,
  run,
  explain,
  variant = "ghost-danger",
}: {
  label: ReactNode;
  title: string;
  description?: string;
  confirmLabel: string;
  run: () => Promise<ActionResult>;
  explain?: (failure: FailureText) => string;
  variant?: "ghost-danger" | "ghost" | "secondary";
}) {
  const t = useT(settingsMessages);
  const failureText = useFailureText();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const close = () => {
    setOpen(false);
    setError(null);
  };
  return (
    <>
      <Button variant={variant} size="sm" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        dismissible={!pending}
        title={title}
        description={description}
        footer={
          <>
            <Button variant="secondary" onClick={close} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button
              variant="danger"
              pending={pending}
              onClick={() =>
                start(async () => {
                  const result = await run();
                  if (result.ok) close();
                  else setError(explain ? explain(failureText(result)) : failureText(result).message);
                })
              }
            >
              {confirmLabel}
            </Button>
          </>
        }
      >
        {error && <Alert>{error}</Alert>}
      </Dialog>
    </>
  );
}
