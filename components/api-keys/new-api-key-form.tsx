"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText, type FailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { apiKeyMessages } from "./messages";
import { NewKeyDialog, type NewKey } from "./new-key-dialog";

type Create = (input: { name: string; expiresAt: string | null }) => Promise<ActionResult<{ apiKey: NewKey }>>;

/** The date input's "YYYY-MM-DD" as the end of that day in the user's time zone. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();

const tomorrow = () => {
  const d = new Date(Date.now() + 24 * 3600 * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

export function NewApiKeyForm({ create }: { create: Create }) {
  const t = useT(apiKeyMessages);
  const failureText = useFailureText();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<FailureText | null>(null);
  const [created, setCreated] = useState<NewKey | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const day = String(form.get("expiresOn") ?? "");
    startTransition(async () => {
      const result = await create({ name: String(form.get("name") ?? ""), expiresAt: day ? endOfDay(day) : null });
      if (!result.ok) {
        setFailure(failureText(result));
        return;
      }
      setFailure(null);
      formRef.current?.reset();
      setCreated(result.apiKey);
    });
  }

  return (
    <>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("new.title")}>
        {failure && !Object.keys(failure.fields).length && <Alert>{failure.message}</Alert>}
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <Field name="name" label={t("form.name")} placeholder={t("form.namePlaceholder")} required maxLength={100} autoComplete="off" error={failure?.fields.name} />
          <Field
            name="expiresOn"
            label={t("form.expires")}
            type="date"
            min={tomorrow()}
            error={failure?.fields.expiresAt}
            hint={t("form.expiresHint")}
          />
        </div>
        <div className="flex justify-end">
          <Button type="submit" pending={pending}>
            {!pending && <PlusIcon className="size-4" />}
            {t("form.submit")}
          </Button>
        </div>
      </form>
      <NewKeyDialog apiKey={created} onClose={() => setCreated(null)} />
    </>
  );
}
