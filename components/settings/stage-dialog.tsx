"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText, type FailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { settingsMessages } from "./messages";

export type StageInput = { name: string; color: string; probability: number; kind: string };
type Stage = StageInput & { id: string };

/** Create or edit a stage: name, colour, probability and kind. */
export function StageDialog({ open, stage, onClose, save }: { open: boolean; stage: Stage | null; onClose: () => void; save: (input: StageInput) => Promise<ActionResult> }) {
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
    const form = new FormData(e.currentTarget);
    const input = { name: String(form.get("name") ?? ""), color: String(form.get("color") ?? "#64748b"), probability: Number(form.get("probability") ?? 0), kind: String(form.get("kind") ?? "open") };
    start(async () => {
      const result = await save(input);
      if (result.ok) close();
      else setFailure(failureText(result));
    });
  }
  return (
    <Dialog open={open} onClose={close} dismissible={!pending} title={stage ? t("stages.edit") : t("stages.new")}>
      <form key={stage?.id ?? "new"} onSubmit={onSubmit} noValidate className="space-y-4" aria-label={stage ? t("stages.edit") : t("stages.new")}>
        {failure && !Object.keys(failure.fields).length && <Alert>{failure.message}</Alert>}
        <Field name="name" label={t("stages.name")} defaultValue={stage?.name} required maxLength={100} autoFocus error={failure?.fields.name} />
        <div className="grid grid-cols-3 gap-3">
          <div>
            <Label htmlFor="stage-color">{t("stages.color")}</Label>
            <input id="stage-color" name="color" type="color" defaultValue={stage?.color ?? "#3b82f6"} className="mt-1.5 block h-9 w-full cursor-pointer rounded-lg border border-slate-300 bg-white p-1" />
          </div>
          <Field name="probability" label={t("stages.probability")} type="number" min={0} max={100} defaultValue={stage?.probability ?? 0} error={failure?.fields.probability} />
          <div>
            <Label htmlFor="stage-kind">{t("stages.kind")}</Label>
            <select id="stage-kind" name="kind" defaultValue={stage?.kind ?? "open"} className={`${inputClasses} mt-1.5`}>
              {(["open", "won", "lost"] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`stages.kind.${k}`)}
                </option>
              ))}
            </select>
            {failure?.fields.kind && <p className="mt-1.5 text-[13px] text-red-600">{`${t("stages.kind")} ${failure.fields.kind}`}</p>}
          </div>
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close} disabled={pending}>
            {t("cancel")}
          </Button>
          <Button type="submit" pending={pending}>
            {t("save")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
