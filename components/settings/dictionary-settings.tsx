"use client";

import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText, type FailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { PlusIcon, SettingsIcon } from "@/components/ui/icons";
import { inputClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ConfirmButton } from "./confirm-dialog";
import { FormDialog } from "./form-dialog";
import { settingsMessages } from "./messages";

export type DictionaryItem = { id: string; name: string; detail?: string | null };
export type DictionaryKind = "franchises" | "departments" | "leadSources";
/** An optional select shown when creating (a department's franchise and pipeline). */
export type DictionaryChoice = { name: string; label: string; empty: string; options: { value: string; label: string }[] };

export type DictionaryActions = {
  create: (input: Record<string, string | null>) => Promise<ActionResult>;
  rename: (id: string, name: string) => Promise<ActionResult>;
  remove: (id: string) => Promise<ActionResult>;
};

function RenameDialog({ item, onClose, rename }: { item: DictionaryItem | null; onClose: () => void; rename: DictionaryActions["rename"] }) {
  const t = useT(settingsMessages);
  return (
    <FormDialog
      open={item !== null}
      onClose={onClose}
      title={item ? t("org.renameTitle", { name: item.name }) : ""}
      label={t("org.rename")}
      formKey={item?.id}
      ownFields={["name"]}
      submit={(form) => (item ? rename(item.id, String(form.get("name") ?? "")) : null)}
    >
      {(failure) => <Field name="name" id="rename-name" label={t("org.name")} defaultValue={item?.name} required maxLength={120} autoFocus error={failure?.fields.name} />}
    </FormDialog>
  );
}

/**
 * Settings for a small dictionary of named things (franchises, departments, lead sources): list, create,
 * rename, delete. Refusals (a franchise that still has departments…) are shown in the confirmation.
 */
export function DictionarySettings({
  kind,
  items,
  total,
  canEdit,
  readOnlyHint,
  choices = [],
  actions,
  pager,
}: {
  kind: DictionaryKind;
  items: DictionaryItem[];
  total: number;
  canEdit: boolean;
  readOnlyHint: string;
  choices?: DictionaryChoice[];
  actions: DictionaryActions;
  pager?: ReactNode;
}) {
  const t = useT(settingsMessages);
  const failureText = useFailureText();
  const [failure, setFailure] = useState<FailureText | null>(null);
  const [renaming, setRenaming] = useState<DictionaryItem | null>(null);
  const [pending, start] = useTransition();

  function onCreate(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const input: Record<string, string | null> = { name: String(form.get("name") ?? "") };
    for (const c of choices) input[c.name] = String(form.get(c.name) ?? "") || null;
    start(async () => {
      const result = await actions.create(input);
      if (!result.ok) return setFailure(failureText(result));
      setFailure(null);
      formEl.reset();
    });
  }

  const otherFields = failure ? Object.entries(failure.fields).filter(([k]) => k !== "name") : [];
  return (
    <div className="space-y-6">
      {canEdit && (
        <Card>
          <CardHeader title={t(`${kind}.new`)} description={t(`${kind}.description`)} />
          <CardBody>
            <form onSubmit={onCreate} noValidate className="space-y-4" aria-label={t(`${kind}.new`)}>
              {failure && (Object.keys(failure.fields).length === 0 || otherFields.length > 0) && (
                <Alert>{otherFields.length ? otherFields.map(([, v]) => v).join(" · ") : failure.message}</Alert>
              )}
              <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
                <div className="min-w-0 flex-1">
                  <Field name="name" label={t("org.name")} required maxLength={120} autoComplete="off" error={failure?.fields.name} />
                </div>
                {choices.map((c) => (
                  <div key={c.name} className="sm:w-48">
                    <Label htmlFor={`dict-${c.name}`}>{c.label}</Label>
                    <select id={`dict-${c.name}`} name={c.name} defaultValue="" className={`${inputClasses} mt-1.5`}>
                      <option value="">{c.empty}</option>
                      {c.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
                <Button type="submit" pending={pending} className="sm:mt-6">
                  {!pending && <PlusIcon className="size-4" />}
                  {t("org.add")}
                </Button>
              </div>
            </form>
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader title={t(`${kind}.title`)} description={canEdit ? t("org.count", { count: total }) : readOnlyHint} />
        {items.length === 0 ? (
          <EmptyState icon={<SettingsIcon />} title={t(`${kind}.empty`)} description={t(`${kind}.emptyHint`)} />
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t(`${kind}.title`)}>
            {items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 sm:px-5" data-testid="dictionary-row">
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-slate-900">{item.name}</span>
                  {item.detail && <span className="block truncate text-[12px] text-slate-500">{item.detail}</span>}
                </span>
                {canEdit && (
                  <span className="flex shrink-0 gap-1">
                    <Button variant="ghost" size="sm" onClick={() => setRenaming(item)} aria-label={`${t("org.rename")} ${item.name}`}>
                      {t("org.rename")}
                    </Button>
                    <ConfirmButton
                      label={<span aria-label={`${t("delete")} ${item.name}`}>{t("delete")}</span>}
                      title={t("org.deleteTitle", { name: item.name })}
                      description={t("org.deleteHint")}
                      confirmLabel={t("delete")}
                      run={() => actions.remove(item.id)}
                      explain={(f) => Object.values(f.fields)[0] ? `${item.name}: ${Object.values(f.fields)[0]}` : f.message}
                    />
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {pager}
      </Card>
      <RenameDialog item={renaming} onClose={() => setRenaming(null)} rename={actions.rename} />
    </div>
  );
}
