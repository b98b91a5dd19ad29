"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { apiKeyMessages } from "./messages";

/** "Revoke", then a confirmation that says what happens to the integrations using the key. */
export function RevokeApiKeyButton({ id, name, revoke }: { id: string; name: string; revoke: (id: string) => Promise<ActionResult> }) {
  const t = useT(apiKeyMessages);
  const failureText = useFailureText();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const close = () => {
    setOpen(false);
    setError(null);
  };

  const confirm = () =>
    startTransition(async () => {
      const result = await revoke(id);
      if (result.ok) close();
      else setError(failureText(result).message);
    });

  return (
    <>
      <Button variant="ghost-danger" size="sm" onClick={() => setOpen(true)} aria-label={t("revoke.aria", { name })}>
        {t("revoke.button")}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        dismissible={!pending}
        title={t("revoke.title", { name })}
        description={t("revoke.description")}
        footer={
          <>
            <Button variant="secondary" onClick={close} disabled={pending}>
              {t("revoke.cancel")}
            </Button>
            <Button variant="danger" onClick={confirm} pending={pending}>
              {t("revoke.confirm")}
            </Button>
          </>
        }
      >
        {error && <Alert>{error}</Alert>}
      </Dialog>
    </>
  );
}
