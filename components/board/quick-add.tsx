"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence, useFailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { boardMessages } from "./messages";

export type QuickAddValues = { name: string; amount: string; contactEmail: string; contactName: string; stageId: string; pipelineId: string };
export type QuickAddAction = (input: QuickAddValues) => Promise<ActionResult<{ id: string }>>;

/** The verb's field names → this form's fields, so each message lands next to its input. */
const FIELD_OF: Record<string, keyof QuickAddValues> = { name: "name", amount: "amount", contact_email: "contactEmail", contact_first_name: "contactName", contact_last_name: "contactName" };

/** Quick add at the top of a column: name, amount and a contact by email (found or created). */
export function QuickAdd({ stage, pipelineId, create, onCreated, onClose }: { stage: { id: string; name: string }; pipelineId: string; create: QuickAddAction; onCreated: () => void; onClose: () => void }) {
  const t = useT(boardMessages);
  const explain = useFailureSentence();
  const describe = useFailureText();
  const [values, setValues] = useState({ name: "", amount: "", contactEmail: "", contactName: "" });
  const [errors, setErrors] = useState<Partial<Record<keyof QuickAddValues, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [k]: e.target.value }));

  const submit = () =>
    startTransition(async () => {
      const result = await create({ ...values, stageId: stage.id, pipelineId });
      if (result.ok) {
        setValues({ name: "", amount: "", contactEmail: "", contactName: "" });
        setErrors({});
        setMessage(null);
        onCreated();
        return;
      }
      const next: Partial<Record<keyof QuickAddValues, string>> = {};
      for (const [field, msg] of Object.entries(result.fields)) {
        const mine = FIELD_OF[field];
        if (mine) next[mine] = describe(result).fields[field] ?? msg;
      }
      setErrors(next);
      setMessage(Object.keys(next).length ? null : explain(result));
    });

  return (
    <form
      aria-label={t("quickAdd", { stage: stage.name })}
      className="space-y-2.5 rounded-lg border border-indigo-200 bg-white p-3 shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <Field name={`qa-name-${stage.id}`} label={t("dealName")} value={values.name} onChange={set("name")} error={errors.name} autoFocus required maxLength={255} />
      <Field name={`qa-amount-${stage.id}`} label={t("amount")} value={values.amount} onChange={set("amount")} error={errors.amount} inputMode="decimal" />
      <Field name={`qa-email-${stage.id}`} label={t("contactEmail")} type="email" value={values.contactEmail} onChange={set("contactEmail")} error={errors.contactEmail} required maxLength={320} />
      <Field name={`qa-contact-${stage.id}`} label={t("contactName")} value={values.contactName} onChange={set("contactName")} error={errors.contactName} hint={t("contactNameHint")} maxLength={240} />
      {message && <Alert>{message}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onClose}>
          {t("cancel")}
        </Button>
        <Button type="submit" size="sm" pending={pending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
