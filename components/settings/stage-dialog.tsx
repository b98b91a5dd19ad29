"use client";

import type { ActionResult } from "@/components/forms/action-result";
import { useT } from "@/components/i18n/provider";
import { Field, fieldMessage } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { inputClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormDialog } from "./form-dialog";
import { settingsMessages } from "./messages";

export type StageInput = { name: string; color: string; probability: number; kind: string };
type Stage = StageInput & { id: string };

/** Create or edit a stage: name, colour, probability and kind. */
export function StageDialog({ open, stage, onClose, save }: { open: boolean; stage: Stage | null; onClose: () => void; save: (input: StageInput) => Promise<ActionResult> }) {
  const t = useT(settingsMessages);
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={stage ? t("stages.edit") : t("stages.new")}
      label={stage ? t("stages.edit") : t("stages.new")}
      formKey={stage?.id ?? "new"}
      ownFields={["name", "probability", "kind"]}
      submit={(form) => save({ name: String(form.get("name") ?? ""), color: String(form.get("color") ?? "#64748b"), probability: Number(form.get("probability") ?? 0), kind: String(form.get("kind") ?? "open") })}
    >
      {(failure) => (
        <>
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
              <FieldError id="stage-kind-error" message={fieldMessage(t("stages.kind"), failure?.fields.kind)} />
            </div>
          </div>
        </>
      )}
    </FormDialog>
  );
}
