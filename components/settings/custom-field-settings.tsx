"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText, type FailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { CloseIcon, FiltersIcon, PlusIcon } from "@/components/ui/icons";
import { Input, inputClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ConeCustomField } from "@/lib/http/serializers/cone-settings";
import { ConfirmButton } from "./confirm-dialog";
import { FormDialog } from "./form-dialog";
import { settingsMessages } from "./messages";

type CustomField = z.infer<typeof ConeCustomField>;
type Entity = CustomField["entity"];
const ENTITIES: Entity[] = ["deal", "contact", "account", "task"];
const TYPES = ["text", "textarea", "number", "date", "datetime", "boolean", "select", "multiselect", "email", "phone", "url"] as const;
type Actions = {
  createFieldAction: (input: { entity: string; label: string; fieldType: string; isRequired: boolean; options: { choices?: string[] } }) => Promise<ActionResult>;
  deleteFieldAction: (id: string) => Promise<ActionResult>;
  updateFieldAction: (id: string, input: { label: string; isRequired: boolean; options?: Record<string, unknown> }) => Promise<ActionResult>;
};
type Choice = { value: string; label: string };
const parseOptions = (f: CustomField) => JSON.parse(f.options) as { choices?: Choice[] } & Record<string, unknown>;
const hasChoices = (type: string) => type === "select" || type === "multiselect";

/** Fields' problems in one line, for those without an input of their own (choices, options…). */
const otherFieldErrors = (failure: FailureText | null, own: string[]) => (failure ? Object.entries(failure.fields).filter(([k]) => !own.includes(k)) : []);

/**
 * The choices of a select field, one input each: a renamed choice keeps its stored value, so records
 * that hold it keep showing it; a new choice's value is its first label.
 */
function ChoiceEditor({ initial }: { initial: Choice[] }) {
  const t = useT(settingsMessages);
  const [rows, setRows] = useState(() => initial.map((c, i) => ({ key: `k${i}`, value: c.value, label: c.label })));
  const [added, setAdded] = useState(0);
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1.5 text-[13px] font-medium text-slate-700">{t("fields.choices")}</legend>
      {rows.map((row, i) => (
        <div key={row.key} className="flex items-center gap-2">
          <Input
            aria-label={t("fields.choice", { n: i + 1 })}
            value={row.label}
            maxLength={200}
            name="choice"
            onChange={(e) => setRows((rs) => rs.map((r) => (r.key === row.key ? { ...r, label: e.target.value } : r)))}
          />
          <input type="hidden" name="choiceValue" value={row.value} />
          <Button variant="ghost" size="sm" aria-label={t("fields.removeChoice", { name: row.label || String(i + 1) })} onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}>
            <CloseIcon className="size-4" />
          </Button>
        </div>
      ))}
      <Button variant="secondary" size="sm" onClick={() => {
          setRows((rs) => [...rs, { key: `n${added}`, value: "", label: "" }]);
          setAdded((n) => n + 1);
        }}>
        <PlusIcon className="size-4" />
        {t("fields.addChoice")}
      </Button>
    </fieldset>
  );
}

/** The choices as the form holds them: paired label and value inputs; empty rows dropped. */
function choicesFrom(form: FormData): Choice[] {
  const labels = form.getAll("choice").map((v) => String(v).trim());
  const values = form.getAll("choiceValue").map(String);
  return labels.flatMap((label, i) => (label ? [{ value: values[i] || label, label }] : []));
}

function EditFieldDialog({ field, onClose, update }: { field: CustomField | null; onClose: () => void; update: Actions["updateFieldAction"] }) {
  const t = useT(settingsMessages);
  function submit(form: FormData) {
    if (!field) return null;
    const input: { label: string; isRequired: boolean; options?: Record<string, unknown> } = { label: String(form.get("label") ?? ""), isRequired: form.get("isRequired") === "on" };
    if (hasChoices(field.fieldType)) input.options = { ...parseOptions(field), choices: choicesFrom(form) };
    return update(field.id, input);
  }
  return (
    <FormDialog
      open={field !== null}
      onClose={onClose}
      title={field ? t("fields.editTitle", { name: field.label }) : ""}
      description={t("fields.typeLocked")}
      label={t("fields.edit")}
      formKey={field?.id}
      ownFields={["label"]}
      submit={submit}
    >
      {(failure) =>
        field && (
          <>
            <Field name="label" id="edit-field-label" label={t("fields.label")} defaultValue={field.label} required maxLength={120} autoFocus error={failure?.fields.label} />
            <p className="text-[12px] text-slate-500">
              <code dir="ltr">{field.fieldName}</code> · {t(`type.${field.fieldType as (typeof TYPES)[number]}`)}
            </p>
            {hasChoices(field.fieldType) && <ChoiceEditor initial={parseOptions(field).choices ?? []} />}
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="isRequired" defaultChecked={field.isRequired} className="size-4 rounded border-slate-300" />
              {t("fields.required")}
            </label>
          </>
        )
      }
    </FormDialog>
  );
}

function NewFieldForm({ entity, create }: { entity: Entity; create: Actions["createFieldAction"] }) {
  const t = useT(settingsMessages);
  const failureText = useFailureText();
  const [type, setType] = useState<(typeof TYPES)[number]>("text");
  const [failure, setFailure] = useState<FailureText | null>(null);
  const [pending, start] = useTransition();
  const withChoices = type === "select" || type === "multiselect";
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const choices = String(form.get("choices") ?? "").split("\n").map((s) => s.trim()).filter(Boolean);
    start(async () => {
      const result = await create({ entity, label: String(form.get("label") ?? ""), fieldType: type, isRequired: form.get("isRequired") === "on", options: withChoices ? { choices } : {} });
      if (!result.ok) return setFailure(failureText(result));
      setFailure(null);
      formEl.reset();
      setType("text");
    });
  }
  const other = otherFieldErrors(failure, ["label"]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("fields.new")}>
      {failure && (!Object.keys(failure.fields).length || other.length > 0) ? <Alert>{other.length ? other.map(([, v]) => v).join(" · ") : failure.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <Field name="label" label={t("fields.label")} required maxLength={120} error={failure?.fields.label} />
        <div>
          <Label htmlFor="field-type">{t("fields.type")}</Label>
          <select id="field-type" value={type} onChange={(e) => setType(e.target.value as (typeof TYPES)[number])} className={`${inputClasses} mt-1.5`}>
            {TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`type.${ty}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {withChoices && (
        <div>
          <Label htmlFor="field-choices">{t("fields.choices")}</Label>
          <textarea id="field-choices" name="choices" rows={4} className={`${inputClasses} mt-1.5 h-auto py-2`} />
        </div>
      )}
      <div className="flex items-center justify-between gap-4">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="isRequired" className="size-4 rounded border-slate-300" />
          {t("fields.required")}
        </label>
        <Button type="submit" pending={pending}>
          {!pending && <PlusIcon className="size-4" />}
          {t("fields.new")}
        </Button>
      </div>
    </form>
  );
}

/** Settings → Custom fields: the fields of each entity, their types and choices. */
export function CustomFieldSettings({ fields, canEdit, actions }: { fields: CustomField[]; canEdit: boolean; actions: Actions }) {
  const t = useT(settingsMessages);
  const [entity, setEntity] = useState<Entity>("deal");
  const [editing, setEditing] = useState<CustomField | null>(null);
  const shown = fields.filter((f) => f.entity === entity);
  return (
    <div className="space-y-6">
      <div role="tablist" aria-label={t("fields.title")} className="relative flex gap-1 overflow-x-auto">
        {ENTITIES.map((e) => (
          <button
            key={e}
            role="tab"
            type="button"
            aria-selected={e === entity}
            onClick={() => setEntity(e)}
            className={cn("h-8 rounded-lg px-3 text-[13px] font-medium whitespace-nowrap", e === entity ? "bg-indigo-50 text-indigo-700" : "text-slate-600 hover:bg-slate-50")}
          >
            {t(`entity.${e}`)} <span className="text-slate-400">{fields.filter((f) => f.entity === e).length}</span>
          </button>
        ))}
      </div>
      {canEdit && (
        <Card>
          <CardHeader title={t("fields.new")} description={t("fields.description")} />
          <CardBody>
            <NewFieldForm key={entity} entity={entity} create={actions.createFieldAction} />
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader title={`${t("fields.title")} · ${t(`entity.${entity}`)}`} description={canEdit ? undefined : t("readOnlyAdmin")} />
        {shown.length === 0 ? (
          <EmptyState icon={<FiltersIcon />} title={t("fields.empty", { entity: t(`entity.${entity}`) })} description={t("fields.emptyHint")} />
        ) : (
          <ul className="divide-y divide-slate-100 border-t border-slate-100">
            {shown.map((f) => {
              const choices = parseOptions(f).choices ?? [];
              return (
                <li key={f.id} className="flex items-center gap-3 px-4 py-3" data-testid="custom-field-row">
                  <span className="min-w-0 flex-1">
                    <span className="flex items-center gap-2 font-medium text-slate-900">
                      {f.label} {f.isRequired && <Badge tone="warning">{t("fields.required")}</Badge>}
                    </span>
                    <span className="block truncate text-[12px] text-slate-500">
                      <code dir="ltr">{f.fieldName}</code> · {t(`type.${f.fieldType as (typeof TYPES)[number]}`)}
                      {choices.length > 0 && ` · ${choices.map((c) => c.label).join(", ")}`}
                    </span>
                  </span>
                  {canEdit && (
                    <span className="flex shrink-0 gap-1">
                      <Button variant="ghost" size="sm" onClick={() => setEditing(f)} aria-label={`${t("edit")} ${f.label}`}>
                        {t("edit")}
                      </Button>
                      <ConfirmButton label={t("delete")} title={t("fields.deleteTitle", { name: f.label })} description={t("fields.deleteHint")} confirmLabel={t("delete")} run={() => actions.deleteFieldAction(f.id)} />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <EditFieldDialog field={editing} onClose={() => setEditing(null)} update={actions.updateFieldAction} />
    </div>
  );
}
