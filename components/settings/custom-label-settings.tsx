"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon, SettingsIcon } from "@/components/ui/icons";
import { inputClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ConeCustomLabel } from "@/lib/http/serializers/cone-settings";
import { ConfirmButton } from "./confirm-dialog";
import { settingsMessages } from "./messages";

type CustomLabel = z.infer<typeof ConeCustomLabel>;
type Actions = {
  createLabelAction: (value: unknown) => Promise<ActionResult>;
  deleteLabelAction: (id: string) => Promise<ActionResult>;
  updateLabelAction: (id: string, value: unknown) => Promise<ActionResult>;
};

/** The textarea's text as a JSON object, or null. */
function parseLabelMap(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** One label set, read-only or, after "Edit", as its JSON in a textarea. */
function LabelRow({ label, canEdit, actions }: { label: CustomLabel; canEdit: boolean; actions: Actions }) {
  const t = useT(settingsMessages);
  const failureText = useFailureText();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const errorId = `label-${label.id}-error`;
  function onSave(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = parseLabelMap(String(new FormData(e.currentTarget).get("value") ?? ""));
    if (!value) return setError(t("labels.invalidJson"));
    start(async () => {
      const r = await actions.updateLabelAction(label.id, value);
      if (!r.ok) {
        const text = failureText(r);
        return setError(text.fields.value ? `${t("labels.value")} ${text.fields.value}` : text.message);
      }
      setError(null);
      setEditing(false);
    });
  }
  if (editing) {
    return (
      <li className="px-4 py-3">
        <form onSubmit={onSave} noValidate className="space-y-2" aria-label={t("labels.editTitle")}>
          <Label htmlFor={`label-${label.id}`}>{t("labels.value")}</Label>
          <textarea
            id={`label-${label.id}`}
            name="value"
            dir="ltr"
            rows={Math.min(12, Object.keys(label.value).length + 3)}
            defaultValue={JSON.stringify(label.value, null, 2)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            autoFocus
            className={`${inputClasses} h-auto py-2 font-mono`}
          />
          {error && (
            <p id={errorId} className="text-[13px] text-red-600">
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" size="sm" onClick={() => { setEditing(false); setError(null); }} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button type="submit" size="sm" pending={pending}>
              {t("save")}
            </Button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="flex items-start gap-3 px-4 py-3" data-testid="custom-label-row">
      <dl className="grid min-w-0 flex-1 grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-[13px]">
        {Object.entries(label.value).map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-mono text-slate-500" dir="ltr">
              {k}
            </dt>
            <dd className="truncate text-slate-900">{typeof v === "string" ? v : JSON.stringify(v)}</dd>
          </div>
        ))}
      </dl>
      {canEdit && (
        <span className="flex shrink-0 gap-1">
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
            {t("labels.edit")}
          </Button>
          <ConfirmButton label={t("delete")} title={t("labels.deleteTitle")} confirmLabel={t("delete")} run={() => actions.deleteLabelAction(label.id)} />
        </span>
      )}
    </li>
  );
}

/** Settings → Custom labels: document 003's label maps, edited as JSON objects. */
export function CustomLabelSettings({ labels, canEdit, actions }: { labels: CustomLabel[]; canEdit: boolean; actions: Actions }) {
  const t = useT(settingsMessages);
  const failureText = useFailureText();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const value = parseLabelMap(String(new FormData(formEl).get("value") ?? ""));
    if (!value) return setError(t("labels.invalidJson"));
    start(async () => {
      const r = await actions.createLabelAction(value);
      if (!r.ok) {
        const text = failureText(r);
        return setError(text.fields.value ? `${t("labels.value")} ${text.fields.value}` : text.message);
      }
      setError(null);
      formEl.reset();
    });
  }
  return (
    <div className="space-y-6">
      {canEdit && (
        <Card>
          <CardHeader title={t("labels.new")} description={t("labels.description")} />
          <CardBody>
            <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("labels.new")}>
              <Label htmlFor="label-value">{t("labels.value")}</Label>
              <textarea id="label-value" name="value" dir="ltr" rows={4} placeholder='{"label1": "Hot lead"}' aria-invalid={error ? true : undefined} className={`${inputClasses} h-auto py-2 font-mono`} />
              {error && <p className="text-[13px] text-red-600">{error}</p>}
              <div className="flex justify-end">
                <Button type="submit" pending={pending}>
                  {!pending && <PlusIcon className="size-4" />}
                  {t("create")}
                </Button>
              </div>
            </form>
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader title={t("labels.title")} description={canEdit ? undefined : t("readOnlyAdmin")} />
        {labels.length === 0 ? (
          <EmptyState icon={<SettingsIcon />} title={t("labels.empty")} description={t("labels.emptyHint")} />
        ) : (
          <ul className="divide-y divide-slate-100 border-t border-slate-100">
            {labels.map((l) => (
              <LabelRow key={l.id} label={l} canEdit={canEdit} actions={actions} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
