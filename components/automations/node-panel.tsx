"use client";

import { useState } from "react";
import type { Node } from "@xyflow/react";
import { useT } from "@/components/i18n/provider";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ACTIONS, DELAY_UNITS, TASK_TYPES, TEMPLATE_VARIABLES, TRIGGERS, triggerRecordType } from "@/lib/automation/catalog";
import { automationMessages } from "./messages";

export type Options = { stages: { id: string; name: string; pipeline: string }[]; users: { id: string; name: string }[] };
type Data = Record<string, unknown>;
type Cfg = Record<string, unknown>;

const selectClasses = "h-9 w-full rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none";

function Row({ label, children, htmlFor }: { label: string; children: React.ReactNode; htmlFor: string }) {
  return (
    <div className="space-y-1">
      <Label htmlFor={htmlFor}>{label}</Label>
      {children}
    </div>
  );
}

/** A JSON textarea that only reports a change when the text parses. */
function JsonField({ id, label, value, onChange, hint }: { id: string; label: string; value: unknown; onChange: (v: unknown) => void; hint?: string }) {
  const t = useT(automationMessages);
  const [text, setText] = useState(() => JSON.stringify(value ?? {}, null, 2));
  const [bad, setBad] = useState(false);
  return (
    <Row label={label} htmlFor={id}>
      <textarea
        id={id}
        className="min-h-32 w-full rounded-lg border border-slate-300 p-2 font-mono text-xs"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          try {
            onChange(JSON.parse(e.target.value));
            setBad(false);
          } catch {
            setBad(true);
          }
        }}
      />
      {bad && <p className="text-xs text-red-600">{t("invalidJson")}</p>}
      {hint && <p className="text-xs break-all text-slate-500">{hint}</p>}
    </Row>
  );
}

/** The side panel: proper inputs for the selected node's data. */
export function NodePanel({ node, trigger, options, onChange }: { node: Node; trigger: string; options: Options; onChange: (data: Data) => void }) {
  const t = useT(automationMessages);
  const data = node.data as Data;
  const config = (data.config ?? {}) as Cfg;
  const setConfig = (patch: Cfg) => onChange({ ...data, config: { ...config, ...patch } });
  const id = (k: string) => `node-${node.id}-${k}`;
  const text = (k: string, label: string, opts: { type?: string; multiline?: boolean } = {}) =>
    opts.multiline ? (
      <Row label={label} htmlFor={id(k)}>
        <textarea id={id(k)} className="min-h-20 w-full rounded-lg border border-slate-300 p-2 text-sm" value={String(config[k] ?? "")} onChange={(e) => setConfig({ [k]: e.target.value })} />
      </Row>
    ) : (
      <Row label={label} htmlFor={id(k)}>
        <Input id={id(k)} type={opts.type ?? "text"} value={String(config[k] ?? "")} onChange={(e) => setConfig({ [k]: opts.type === "number" ? (e.target.value === "" ? undefined : Number(e.target.value)) : e.target.value })} />
      </Row>
    );
  const stagePicker = (k: string, label: string, allowAny: boolean) => (
    <Row label={label} htmlFor={id(k)}>
      <select id={id(k)} className={selectClasses} value={String(config[k] ?? "")} onChange={(e) => setConfig({ [k]: e.target.value || undefined })}>
        <option value="">{allowAny ? t("anyStage") : "—"}</option>
        {options.stages.map((s) => (
          <option key={s.id} value={s.id}>
            {s.pipeline} · {s.name}
          </option>
        ))}
      </select>
    </Row>
  );
  const userPicker = (k: string, label: string, ownerOption: boolean) => (
    <Row label={label} htmlFor={id(k)}>
      <select id={id(k)} className={selectClasses} value={String(config[k] ?? (ownerOption ? "owner" : ""))} onChange={(e) => setConfig({ [k]: e.target.value })}>
        {ownerOption ? <option value="owner">{t("recordOwner")}</option> : <option value="">—</option>}
        {options.users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </Row>
  );
  const variables = TEMPLATE_VARIABLES[triggerRecordType(trigger) ?? "none"].map((v) => `{{${v}}}`).join(" ");

  if (node.type === "trigger") {
    return (
      <div className="space-y-3">
        <Row label={t("trigger")} htmlFor={id("trigger")}>
          <select id={id("trigger")} className={selectClasses} value={String(data.trigger ?? "")} onChange={(e) => onChange({ trigger: e.target.value, config: {} })}>
            {TRIGGERS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </Row>
        {data.trigger === "deal.stage_changed" && (
          <>
            {stagePicker("fromStageId", t("fromStage"), true)}
            {stagePicker("toStageId", t("toStage"), true)}
          </>
        )}
        {data.trigger === "schedule" && (
          <>
            {text("cron", t("cron"))}
            {text("timezone", t("timezone"))}
          </>
        )}
      </div>
    );
  }
  if (node.type === "condition") {
    return <JsonField key={node.id} id={id("query")} label={t("query")} value={data.query} hint={t("queryHint")} onChange={(query) => onChange({ ...data, query })} />;
  }
  if (node.type === "delay") {
    const delay = (data.delay ?? {}) as { amount?: number; unit?: string };
    return (
      <div className="grid grid-cols-2 gap-3">
        <Row label={t("amount")} htmlFor={id("amount")}>
          <Input id={id("amount")} type="number" min={0} value={String(delay.amount ?? "")} onChange={(e) => onChange({ delay: { ...delay, amount: Number(e.target.value) } })} />
        </Row>
        <Row label={t("unit")} htmlFor={id("unit")}>
          <select id={id("unit")} className={selectClasses} value={delay.unit ?? "hours"} onChange={(e) => onChange({ delay: { ...delay, unit: e.target.value } })}>
            {DELAY_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(u)}
              </option>
            ))}
          </select>
        </Row>
      </div>
    );
  }
  const action = String(data.action ?? "");
  return (
    <div className="space-y-3">
      <Row label={t("action")} htmlFor={id("action")}>
        <select id={id("action")} className={selectClasses} value={action} onChange={(e) => onChange({ action: e.target.value, config: {} })}>
          {ACTIONS.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
      </Row>
      {action === "create_task" && (
        <>
          {text("title", t("taskTitle"))}
          <Row label={t("taskType")} htmlFor={id("type")}>
            <select id={id("type")} className={selectClasses} value={String(config.type ?? "FOLLOW_UP")} onChange={(e) => setConfig({ type: e.target.value })}>
              {TASK_TYPES.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </Row>
          {text("dueInHours", t("dueInHours"), { type: "number" })}
          {userPicker("assignee", t("assignee"), true)}
        </>
      )}
      {action === "move_stage" && stagePicker("stageId", t("stage"), false)}
      {action === "assign_owner" && (
        <>
          <Row label={t("mode")} htmlFor={id("mode")}>
            <select id={id("mode")} className={selectClasses} value={String(config.mode ?? "")} onChange={(e) => onChange({ ...data, config: { mode: e.target.value } })}>
              <option value="">—</option>
              <option value="fixed">{t("fixedUser")}</option>
              <option value="round_robin">{t("roundRobin")}</option>
            </select>
          </Row>
          {config.mode === "fixed" && userPicker("userId", t("user"), false)}
          {config.mode === "round_robin" && (
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium text-slate-700">{t("team")}</legend>
              {options.users.map((u) => {
                const ids = (config.userIds as string[] | undefined) ?? [];
                return (
                  <label key={u.id} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" checked={ids.includes(u.id)} onChange={(e) => setConfig({ userIds: e.target.checked ? [...ids, u.id] : ids.filter((x) => x !== u.id) })} />
                    {u.name}
                  </label>
                );
              })}
            </fieldset>
          )}
        </>
      )}
      {action === "add_note" && text("note", t("note"), { multiline: true })}
      {action === "send_webhook" && (
        <>
          {text("url", t("url"), { type: "url" })}
          {text("retries", t("retries"), { type: "number" })}
          {text("timeoutMs", t("timeoutMs"), { type: "number" })}
        </>
      )}
      {action === "send_email" && (
        <>
          {text("to", t("emailTo"))}
          {text("subject", t("emailSubject"))}
          {text("body", t("emailBody"), { multiline: true })}
        </>
      )}
      {action === "update_record" && <JsonField key={node.id} id={id("fields")} label={t("fields")} value={config.fields ?? {}} onChange={(fields) => setConfig({ fields })} />}
      <p className="text-xs break-words text-slate-500">{t("variables", { list: variables })}</p>
    </div>
  );
}
