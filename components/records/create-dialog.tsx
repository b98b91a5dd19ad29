"use client";

import { useId, useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import { recordMessages } from "./messages";

export type CreateField = { name: string; label: string; type?: "text" | "email" | "tel" | "url"; autoFocus?: boolean; half?: boolean };

type Props = {
  buttonLabel: string;
  title: string;
  description: string;
  fields: CreateField[];
  create: (input: Record<string, unknown>) => Promise<ActionResult<{ id: string }>>;
  onCreated: (id: string) => void;
};

/** "New …" button and its dialog: the server validates; each message shows under its field. */
export function CreateDialog({ buttonLabel, title, description, fields, create, onCreated }: Props) {
  const t = useT(recordMessages);
  const failureText = useFailureText();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; fields: Record<string, string> } | null>(null);

  async function submit(form: HTMLFormElement) {
    setPending(true);
    const data = new FormData(form);
    const input = Object.fromEntries(fields.map((f) => [f.name, String(data.get(f.name) ?? "").trim() || undefined]));
    const result = await create(input);
    setPending(false);
    if (!result.ok) return setFailure(failureText(result));
    setFailure(null);
    setOpen(false);
    onCreated(result.id);
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <PlusIcon className="size-4" />
        {buttonLabel}
      </Button>
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
          setFailure(null);
        }}
        title={title}
        description={description}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" form={formId} pending={pending}>
              {t("create")}
            </Button>
          </>
        }
      >
        <form
          id={formId}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit(e.currentTarget);
          }}
          className="space-y-4"
        >
          {failure && <Alert>{failure.message}</Alert>}
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            {fields.map((f) => (
              <div key={f.name} className={f.half ? "" : "sm:col-span-2"}>
                <Field name={f.name} label={f.label} type={f.type ?? "text"} autoFocus={f.autoFocus} error={failure?.fields[f.name]} autoComplete="off" />
              </div>
            ))}
          </div>
        </form>
      </Dialog>
    </>
  );
}
