"use client";

import { useId, useState } from "react";
import { useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { boardMessages } from "./messages";

/** Asked when a deal enters a lost stage: the move waits for the reason (or is cancelled). */
export function LossReasonDialog({ dealName, open, onCancel, onConfirm }: { dealName: string; open: boolean; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const t = useT(boardMessages);
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    const text = reason.trim();
    if (!text) return setError(`${t("lossReason")} ${t("required")}`);
    if (text.length > 2000) return setError(`${t("lossReason")} ${t("tooLong")}`);
    onConfirm(text);
  };

  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={t("lossTitle", { name: dealName })}
      description={t("lossDescription")}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
          <Button variant="danger" onClick={confirm}>
            {t("lossConfirm")}
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <Label htmlFor={id}>{t("lossReason")}</Label>
        <textarea
          id={id}
          autoFocus
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("lossPlaceholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1.5 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm shadow-xs focus:border-indigo-500 focus:outline-none focus:ring-3 focus:ring-indigo-500/20 aria-invalid:border-red-500"
        />
        <FieldError id={`${id}-error`} message={error} />
      </form>
    </Dialog>
  );
}
