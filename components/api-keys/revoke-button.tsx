"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/components/forms/action-result";

/** "Revoke", then a confirmation that says what happens to the integrations using the key. */
export function RevokeApiKeyButton({ id, name, revoke }: { id: string; name: string; revoke: (id: string) => Promise<ActionResult> }) {
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
      else setError(result.message);
    });

  return (
    <>
      <Button variant="ghost-danger" size="sm" onClick={() => setOpen(true)} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      <Dialog
        open={open}
        onClose={close}
        dismissible={!pending}
        title={`Revoke “${name}”?`}
        description="Scripts and integrations using this key will stop working immediately. This cannot be undone."
        footer={
          <>
            <Button variant="secondary" onClick={close} disabled={pending}>
              Cancel
            </Button>
            <Button variant="danger" onClick={confirm} pending={pending}>
              Revoke key
            </Button>
          </>
        }
      >
        {error && <Alert>{error}</Alert>}
      </Dialog>
    </>
  );
}
