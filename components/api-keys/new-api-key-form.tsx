"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import type { ActionResult } from "@/components/forms/action-result";
import { NewKeyDialog, type NewKey } from "./new-key-dialog";

type Create = (input: { name: string; expiresAt: string | null }) => Promise<ActionResult<{ apiKey: NewKey }>>;

/** The date input's "YYYY-MM-DD" as the end of that day in the user's time zone. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();

const tomorrow = () => {
  const d = new Date(Date.now() + 24 * 3600 * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

export function NewApiKeyForm({ create }: { create: Create }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [created, setCreated] = useState<NewKey | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const day = String(form.get("expiresOn") ?? "");
    startTransition(async () => {
      const result = await create({ name: String(form.get("name") ?? ""), expiresAt: day ? endOfDay(day) : null });
      if (!result.ok) {
        setFailure({ message: result.message, fields: result.fields });
        return;
      }
      setFailure(null);
      formRef.current?.reset();
      setCreated(result.apiKey);
    });
  }

  return (
    <>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New API key">
        {failure && !Object.keys(failure.fields).length && <Alert>{failure.message}</Alert>}
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <Field name="name" label="Name" placeholder="e.g. Zapier integration" required maxLength={100} autoComplete="off" error={failure?.fields.name} />
          <Field
            name="expiresOn"
            label="Expires (optional)"
            type="date"
            min={tomorrow()}
            error={failure?.fields.expiresAt}
            hint="Leave empty for a key that never expires."
          />
        </div>
        <div className="flex justify-end">
          <Button type="submit" pending={pending}>
            {!pending && <PlusIcon className="size-4" />}
            Create API key
          </Button>
        </div>
      </form>
      <NewKeyDialog apiKey={created} onClose={() => setCreated(null)} />
    </>
  );
}
