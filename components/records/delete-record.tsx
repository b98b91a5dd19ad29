"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { recordMessages } from "./messages";

/** "Delete" on a record page: confirm, delete, go back to the list. */
export function DeleteRecord({ label, title, body, remove, listPath }: { label: string; title: string; body: string; remove: () => Promise<ActionResult>; listPath: string }) {
  const t = useT(recordMessages);
  const explain = useFailureSentence();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button variant="ghost-danger" size="sm" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        description={body}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
            <Button
              variant="danger"
              pending={pending}
              onClick={async () => {
                setPending(true);
                const result = await remove();
                setPending(false);
                if (!result.ok) return setError(explain(result));
                setOpen(false);
                router.push(listPath);
              }}
            >
              {t("delete")}
            </Button>
          </>
        }
      >
        {error && <Alert>{error}</Alert>}
      </Dialog>
    </>
  );
}
