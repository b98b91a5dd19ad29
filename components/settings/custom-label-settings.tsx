"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/components/forms/action-result";
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

/** Settings → Custom labels: document 003's label maps, edited as JSON objects. */
export function CustomLabelSettings({ labels, canEdit, actions }: { labels: CustomLabel[]; canEdit: boolean; actions: { createLabelAction: (value: unknown) => Promise<ActionResult>; deleteLabelAction: (id: string) => Promise<ActionResult> } }) {
  const t = useT(settingsMessages);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    let value: unknown;
    try {
      value = JSON.parse(String(new FormData(formEl).get("value") ?? ""));
    } catch {
      return setError(t("labels.invalidJson"));
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) return setError(t("labels.invalidJson"));
    start(async () => {
      const r = await actions.createLabelAction(value);
      if (!r.ok) return setError(t("labels.invalidJson"));
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
              <li key={l.id} className="flex items-start gap-3 px-4 py-3">
                <dl className="grid min-w-0 flex-1 grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-[13px]">
                  {Object.entries(l.value).map(([k, v]) => (
                    <div key={k} className="contents">
                      <dt className="font-mono text-slate-500" dir="ltr">
                        {k}
                      </dt>
                      <dd className="truncate text-slate-900">{typeof v === "string" ? v : JSON.stringify(v)}</dd>
                    </div>
                  ))}
                </dl>
                {canEdit && <ConfirmButton label={t("delete")} title={t("labels.deleteTitle")} confirmLabel={t("delete")} run={() => actions.deleteLabelAction(l.id)} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
