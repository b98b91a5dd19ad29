"use client";

import { useMemo, useRef } from "react";
import type { Node } from "@xyflow/react";
import type { RuleGroupType } from "react-querybuilder";
import { useLocale, useT } from "@/components/i18n/provider";
import { localizeFields } from "@/components/query-builder/field-labels";
import { QueryBuilderPanel } from "@/components/query-builder/query-builder-panel";
import { taskMessages } from "@/components/tasks/messages";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { ACTIONS, CHANGE_FIELDS, DELAY_UNITS, RECORD_FIELDS, TASK_TYPES, TEMPLATE_VARIABLES, TRIGGERS, isDelayDateField, triggerRecordType } from "@/lib/automation/catalog";
import type { FieldInfo } from "@/lib/query/types";
import { actionLabel, recordFieldLabel, triggerLabel } from "./labels";
import { automationMessages } from "./messages";

export type Options = {
  stages: { id: string; name: string; pipeline: string }[];
  users: { id: string; name: string }[];
  /** Condition fields per record type: the query registry, as the saved-filter builder receives it. */
  fields?: Record<string, FieldInfo[]>;
};
type Data = Record<string, unknown>;
type Cfg = Record<string, unknown>;

function Row({ label, children, htmlFor }: { label: string; children: React.ReactNode; htmlFor: string }) {
  return (
    <div className="space-y-1">
      <Label htmlFor={htmlFor}>{label}</Label>
      {children}
    </div>
  );
}

/** A text field whose value is a template, with a list of the record's variables to insert at the cursor. */
function TemplateField({ id, label, value, onChange, variables, multiline }: { id: string; label: string; value: string; onChange: (v: string) => void; variables: string[]; multiline?: boolean }) {
  const t = useT(automationMessages);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const insert = (variable: string) => {
    const el = ref.current;
    const token = `{{${variable}}}`;
    const at = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? at;
    onChange(value.slice(0, at) + token + value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };
  return (
    <div className="space-y-1">
      <div className="flex items-end justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        <select
          aria-label={t("insertVariable")}
          className="h-7 max-w-36 rounded-md border border-slate-200 bg-white px-1.5 text-xs text-slate-600"
          value=""
          onChange={(e) => e.target.value && insert(e.target.value)}
          data-testid={`${id}-variables`}
        >
          <option value="">{`{{…}}`} {t("insertVariable")}</option>
          {variables.map((v) => (
            <option key={v} value={v}>
              {`{{${v}}}`}
            </option>
          ))}
        </select>
      </div>
      {multiline ? (
        <textarea ref={ref} id={id} dir="auto" className="min-h-20 w-full rounded-lg border border-slate-300 p-2 text-sm" value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Input ref={ref} id={id} dir="auto" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/** update_record's `fields`: one row per field (built-in or custom), each with its value. */
function FieldsEditor({ id, value, onChange, entity, custom }: { id: string; value: Record<string, unknown>; onChange: (v: Record<string, unknown>) => void; entity: keyof typeof RECORD_FIELDS | null; custom: FieldInfo[] }) {
  const t = useT(automationMessages);
  const builtIn = entity ? Object.entries(RECORD_FIELDS[entity]).map(([name, type]) => ({ name, label: recordFieldLabel(name, custom), type })) : [];
  const customs = custom.filter((f) => f.name.startsWith("custom.")).map((f) => ({ name: f.name, label: f.label, type: f.type === "number" ? "number" : f.type === "boolean" ? "boolean" : "text" }));
  const all = [...builtIn, ...customs];
  const entries = Object.entries(value);
  const typeOf = (name: string) => all.find((f) => f.name === name)?.type ?? "text";
  const labelOf = (name: string) => all.find((f) => f.name === name)?.label ?? name;
  const rename = (from: string, to: string) => onChange(Object.fromEntries(entries.map(([k, v]) => (k === from ? [to, v] : [k, v]))));
  const setValue = (name: string, raw: string) => {
    const type = typeOf(name);
    const v = type === "number" ? (raw === "" ? null : Number(raw)) : type === "boolean" ? raw === "true" : raw;
    onChange({ ...value, [name]: v });
  };
  return (
    <fieldset className="space-y-2" id={id}>
      <legend className="text-[13px] font-medium text-slate-700">{t("fields")}</legend>
      {entries.map(([name, v], i) => (
        <div key={i} className="flex flex-wrap items-center gap-1.5">
          <Select aria-label={t("fieldName")} className="min-w-0 flex-1" value={name} onChange={(e) => rename(name, e.target.value)}>
            {!all.some((f) => f.name === name) && <option value={name}>{name}</option>}
            {all.map((f) => (
              <option key={f.name} value={f.name} disabled={f.name !== name && f.name in value}>
                {f.label}
              </option>
            ))}
          </Select>
          {typeOf(name) === "boolean" ? (
            <Select aria-label={`${t("fieldValue")}: ${labelOf(name)}`} className="min-w-0 flex-1" value={String(v === true)} onChange={(e) => setValue(name, e.target.value)}>
              <option value="true">✓</option>
              <option value="false">✗</option>
            </Select>
          ) : (
            <Input aria-label={`${t("fieldValue")}: ${labelOf(name)}`} className="min-w-0 flex-1" dir="auto" type={typeOf(name) === "number" ? "number" : typeOf(name) === "date" ? "date" : "text"} value={v == null ? "" : String(v)} onChange={(e) => setValue(name, e.target.value)} />
          )}
          <Button size="sm" variant="ghost-danger" aria-label={`${t("removeField")}: ${labelOf(name)}`} onClick={() => onChange(Object.fromEntries(entries.filter(([k]) => k !== name)))}>
            ✕
          </Button>
        </div>
      ))}
      {all.some((f) => !(f.name in value)) && (
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            const next = all.find((f) => !(f.name in value))!;
            onChange({ ...value, [next.name]: next.type === "number" ? 0 : next.type === "boolean" ? true : "" });
          }}
        >
          + {t("addField")}
        </Button>
      )}
    </fieldset>
  );
}

/** The IANA time zones the browser knows (the schedule's cron runs in one of them; UTC by default). */
const TIME_ZONES: string[] = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

/** An `*.updated` trigger's `fields`: tick the fields whose change should start the automation (none: any change). */
function ChangedFields({ id, entity, registry, value, onChange }: { id: string; entity: keyof typeof RECORD_FIELDS; registry?: Record<string, FieldInfo[]>; value: string[]; onChange: (v: string[]) => void }) {
  const t = useT(automationMessages);
  const described = registry?.[entity] ?? [];
  const label = (name: string) => recordFieldLabel(name, described);
  const names = [...(CHANGE_FIELDS[entity] ?? []), ...described.filter((f) => f.name.startsWith("custom.")).map((f) => f.name)];
  const all = [...names, ...value.filter((v) => !names.includes(v))];
  return (
    <fieldset className="space-y-1" id={id} aria-describedby={`${id}-hint`}>
      <legend className="text-[13px] font-medium text-slate-700">{t("onlyWhenChanged")}</legend>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {t("onlyWhenChangedHint")}
      </p>
      <div className="max-h-56 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
        {all.map((name) => (
          <label key={name} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-indigo-600" checked={value.includes(name)} onChange={(e) => onChange(e.target.checked ? [...value, name] : value.filter((x) => x !== name))} />
            {label(name)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The side panel: proper inputs for the selected node's data, in the reader's language. */
export function NodePanel({ node, trigger, options, onChange }: { node: Node; trigger: string; options: Options; onChange: (data: Data) => void }) {
  const t = useT(automationMessages);
  const tt = useT(taskMessages);
  const locale = useLocale();
  // The registry's fields in the reader's language, for every picker that lists record fields.
  const localized = useMemo(() => Object.fromEntries(Object.entries(options.fields ?? {}).map(([e, list]) => [e, localizeFields(list, locale)])), [options.fields, locale]);
  const data = node.data as Data;
  const config = (data.config ?? {}) as Cfg;
  const entity = triggerRecordType(trigger);
  const setConfig = (patch: Cfg) => onChange({ ...data, config: Object.fromEntries(Object.entries({ ...config, ...patch }).filter(([, v]) => v !== undefined)) });
  const id = (k: string) => `node-${node.id}-${k}`;
  const variables = [...TEMPLATE_VARIABLES[entity ?? "none"], ...(entity ? [] : []), ...(trigger === "webhook" ? ["payload.body"] : []), "automation.name", "now"].filter((v, i, all) => all.indexOf(v) === i);
  const text = (k: string, label: string, opts: { type?: string } = {}) => (
    <Row label={label} htmlFor={id(k)}>
      <Input id={id(k)} dir={opts.type ? "ltr" : "auto"} type={opts.type ?? "text"} value={String(config[k] ?? "")} onChange={(e) => setConfig({ [k]: opts.type === "number" ? (e.target.value === "" ? undefined : Number(e.target.value)) : e.target.value })} />
    </Row>
  );
  const template = (k: string, label: string, multiline = false) => (
    <TemplateField id={id(k)} label={label} value={String(config[k] ?? "")} onChange={(v) => setConfig({ [k]: v })} variables={variables} multiline={multiline} />
  );
  const stagePicker = (k: string, label: string, allowAny: boolean) => (
    <Row label={label} htmlFor={id(k)}>
      <Select id={id(k)} value={String(config[k] ?? "")} onChange={(e) => setConfig({ [k]: e.target.value || undefined })}>
        <option value="">{allowAny ? t("anyStage") : "—"}</option>
        {options.stages.map((s) => (
          <option key={s.id} value={s.id}>
            {s.pipeline} · {s.name}
          </option>
        ))}
      </Select>
    </Row>
  );
  const userPicker = (k: string, label: string, ownerOption: boolean) => (
    <Row label={label} htmlFor={id(k)}>
      <Select id={id(k)} value={String(config[k] ?? (ownerOption ? "owner" : ""))} onChange={(e) => setConfig({ [k]: e.target.value || undefined })}>
        {ownerOption ? <option value="owner">{t("recordOwner")}</option> : <option value="">—</option>}
        {options.users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </Select>
    </Row>
  );

  if (node.type === "trigger") {
    return (
      <div className="space-y-3">
        <Row label={t("trigger")} htmlFor={id("trigger")}>
          <Select id={id("trigger")} value={String(data.trigger ?? "")} onChange={(e) => onChange({ trigger: e.target.value, config: {} })}>
            {TRIGGERS.map((x) => (
              <option key={x} value={x}>
                {triggerLabel(t, x)}
              </option>
            ))}
          </Select>
        </Row>
        {data.trigger === "deal.stage_changed" && (
          <>
            {stagePicker("fromStageId", t("fromStage"), true)}
            {stagePicker("toStageId", t("toStage"), true)}
          </>
        )}
        {(data.trigger === "deal.updated" || data.trigger === "contact.updated") && (
          <ChangedFields id={id("fields")} entity={triggerRecordType(String(data.trigger))!} registry={localized} value={(config.fields as string[] | undefined) ?? []} onChange={(fields) => setConfig({ fields: fields.length ? fields : undefined })} />
        )}
        {data.trigger === "schedule" && (
          <>
            {text("cron", t("cron"))}
            <Row label={t("timezone")} htmlFor={id("timezone")}>
              <Select id={id("timezone")} value={String(config.timezone ?? "")} onChange={(e) => setConfig({ timezone: e.target.value || undefined })}>
                <option value="">UTC</option>
                {typeof config.timezone === "string" && config.timezone && !TIME_ZONES.includes(config.timezone) && <option value={config.timezone}>{config.timezone}</option>}
                {TIME_ZONES.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </Select>
            </Row>
          </>
        )}
      </div>
    );
  }
  if (node.type === "condition") {
    const fields = (entity && options.fields?.[entity]) || [];
    if (!entity) return <p className="text-sm text-amber-700">{t("conditionNoRecord")}</p>;
    const query = (data.query ?? { combinator: "and", rules: [] }) as RuleGroupType;
    return (
      <div className="space-y-2" data-testid="condition-builder">
        <p className="text-[13px] font-medium text-slate-700">{t("query")}</p>
        <p className="text-xs text-slate-500">{t("conditionEntity", { entity: t(`entity.${entity}`) })}</p>
        <QueryBuilderPanel fields={fields} query={query} onChange={(q) => onChange({ ...data, query: q })} />
      </div>
    );
  }
  if (node.type === "delay") {
    const delay = (data.delay ?? {}) as { amount?: number; unit?: string; untilField?: string; offsetHours?: number };
    const mode = "untilField" in delay ? "field" : "amount";
    const dateFields = (entity && localized[entity]?.filter(isDelayDateField)) || [];
    const setMode = (m: string) => onChange({ delay: m === "field" ? { untilField: dateFields[0]?.name ?? "" } : { amount: 1, unit: "hours" } });
    const setUntil = (patch: { untilField?: string; offsetHours?: number | undefined }) => {
      const next = { untilField: delay.untilField ?? "", offsetHours: delay.offsetHours, ...patch };
      onChange({ delay: next.offsetHours === undefined ? { untilField: next.untilField } : next });
    };
    return (
      <div className="space-y-3">
        <fieldset className="space-y-1.5">
          <legend className="mb-1 text-[13px] font-medium text-slate-700">{t("delayMode")}</legend>
          {(["amount", "field"] as const).map((m) => (
            <label key={m} className={`flex items-center gap-2 text-sm ${m === "field" && !entity ? "text-slate-400" : "text-slate-800"}`}>
              <input type="radio" name={id("mode")} className="size-4 accent-indigo-600" value={m} checked={mode === m} disabled={m === "field" && !entity && mode !== "field"} onChange={() => setMode(m)} />
              {t(m === "amount" ? "delayModeAmount" : "delayModeField")}
            </label>
          ))}
          {!entity && <p className="text-xs text-slate-500">{t("delayNeedsRecord")}</p>}
        </fieldset>
        {mode === "amount" ? (
          <div className="grid grid-cols-2 gap-3">
            <Row label={t("amount")} htmlFor={id("amount")}>
              <Input id={id("amount")} type="number" min={1} value={String(delay.amount ?? "")} onChange={(e) => onChange({ delay: { unit: delay.unit ?? "hours", amount: Number(e.target.value) } })} />
            </Row>
            <Row label={t("unit")} htmlFor={id("unit")}>
              <Select id={id("unit")} value={delay.unit ?? "hours"} onChange={(e) => onChange({ delay: { amount: delay.amount ?? 1, unit: e.target.value } })}>
                {DELAY_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(u)}
                  </option>
                ))}
              </Select>
            </Row>
          </div>
        ) : (
          <>
            <Row label={t("delayField")} htmlFor={id("untilField")}>
              <Select id={id("untilField")} value={delay.untilField ?? ""} onChange={(e) => setUntil({ untilField: e.target.value })}>
                {!dateFields.some((f) => f.name === delay.untilField) && <option value={delay.untilField ?? ""}>{delay.untilField || "—"}</option>}
                {dateFields.map((f) => (
                  <option key={f.name} value={f.name}>
                    {f.label}
                  </option>
                ))}
              </Select>
            </Row>
            {dateFields.length === 0 && <p className="text-xs text-amber-700">{t("delayNoDateFields")}</p>}
            <Row label={t("delayOffset")} htmlFor={id("offsetHours")}>
              <Input id={id("offsetHours")} type="number" step={1} min={-8760} max={8760} value={delay.offsetHours === undefined ? "" : String(delay.offsetHours)} aria-describedby={id("offsetHint")} onChange={(e) => setUntil({ offsetHours: e.target.value === "" ? undefined : Number(e.target.value) })} />
            </Row>
            <p id={id("offsetHint")} className="text-xs text-slate-500">
              {t("delayOffsetHint")}
            </p>
          </>
        )}
      </div>
    );
  }
  const action = String(data.action ?? "");
  const dueUnit = config.dueInDays !== undefined ? "days" : config.dueInHours !== undefined ? "hours" : "";
  const dueAmount = dueUnit === "days" ? config.dueInDays : dueUnit === "hours" ? config.dueInHours : "";
  const setDue = (amount: string, unit: string) => {
    const n = amount === "" ? undefined : Number(amount);
    setConfig({ dueInHours: unit === "hours" ? (n ?? 0) : undefined, dueInDays: unit === "days" ? (n ?? 1) : undefined });
  };
  return (
    <div className="space-y-3">
      <Row label={t("action")} htmlFor={id("action")}>
        <Select id={id("action")} value={action} onChange={(e) => onChange({ action: e.target.value, config: {} })}>
          {ACTIONS.map((x) => (
            <option key={x} value={x}>
              {actionLabel(t, x)}
            </option>
          ))}
        </Select>
      </Row>
      {action === "create_task" && (
        <>
          {template("title", t("taskTitle"))}
          <Row label={t("taskType")} htmlFor={id("type")}>
            <Select id={id("type")} value={String(config.type ?? "FOLLOW_UP")} onChange={(e) => setConfig({ type: e.target.value })}>
              {TASK_TYPES.map((x) => (
                <option key={x} value={x}>
                  {tt(`type.${x}`)}
                </option>
              ))}
            </Select>
          </Row>
          <div className="grid grid-cols-2 gap-2">
            <Row label={t("dueIn")} htmlFor={id("due")}>
              <Input id={id("due")} type="number" min={0} value={String(dueAmount ?? "")} disabled={!dueUnit} onChange={(e) => setDue(e.target.value, dueUnit)} />
            </Row>
            <Row label={t("dueUnit")} htmlFor={id("dueUnit")}>
              <Select id={id("dueUnit")} value={dueUnit} onChange={(e) => setDue(String(dueAmount ?? "") || (e.target.value === "days" ? "1" : "24"), e.target.value)}>
                <option value="">{t("noDue")}</option>
                <option value="hours">{t("hours")}</option>
                <option value="days">{t("days")}</option>
              </Select>
            </Row>
          </div>
          {userPicker("assignee", t("assignee"), true)}
          {template("note", t("note"), true)}
        </>
      )}
      {action === "move_stage" && stagePicker("stageId", t("stage"), false)}
      {action === "assign_owner" && (
        <>
          <Row label={t("mode")} htmlFor={id("mode")}>
            <Select id={id("mode")} value={String(config.mode ?? "")} onChange={(e) => onChange({ ...data, config: { mode: e.target.value } })}>
              <option value="">—</option>
              <option value="fixed">{t("fixedUser")}</option>
              <option value="round_robin">{t("roundRobin")}</option>
            </Select>
          </Row>
          {config.mode === "fixed" && userPicker("userId", t("user"), false)}
          {config.mode === "round_robin" && (
            <fieldset className="space-y-1">
              <legend className="text-[13px] font-medium text-slate-700">{t("team")}</legend>
              {options.users.map((u) => {
                const ids = (config.userIds as string[] | undefined) ?? [];
                return (
                  <label key={u.id} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" className="size-4 accent-indigo-600" checked={ids.includes(u.id)} onChange={(e) => setConfig({ userIds: e.target.checked ? [...ids, u.id] : ids.filter((x) => x !== u.id) })} />
                    {u.name}
                  </label>
                );
              })}
            </fieldset>
          )}
        </>
      )}
      {action === "add_note" && template("note", t("note"), true)}
      {action === "send_webhook" && (
        <>
          {text("url", t("url"), { type: "url" })}
          {text("retries", t("retries"), { type: "number" })}
          {text("timeoutMs", t("timeoutMs"), { type: "number" })}
          {text("secret", t("secret"), { type: "password" })}
        </>
      )}
      {action === "send_email" && (
        <>
          {template("to", t("emailTo"))}
          {template("subject", t("emailSubject"))}
          {template("body", t("emailBody"), true)}
        </>
      )}
      {action === "update_record" && (
        <FieldsEditor id={id("fields")} entity={entity} custom={(entity && localized[entity]) || []} value={(config.fields as Record<string, unknown>) ?? {}} onChange={(fields) => setConfig({ fields })} />
      )}
    </div>
  );
}
