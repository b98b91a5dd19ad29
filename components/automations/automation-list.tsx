"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useFailureSentence } from "@/components/forms/failure-text";
import type { ActionResult } from "@/components/forms/action-result";
import { isolate } from "@/components/format/bidi";
import { formatDateTime } from "@/components/format/date";
import { colon } from "@/components/format/punctuation";
import { useLocale, useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { triggerLabel } from "./labels";
import { automationMessages } from "./messages";

export type AutomationRow = { id: string; name: string; trigger: string; isActive: boolean; lastRunAt: string | null; lastRunStatus: string | null; runCount: number; errorCount: number };

type Props = {
  rows: AutomationRow[];
  canEdit: boolean;
  setActive: (id: string, input: { isActive: boolean }) => Promise<ActionResult>;
  duplicate: (id: string) => Promise<ActionResult<{ id: string }>>;
  remove: (id: string) => Promise<ActionResult>;
};

/** The automations of the workspace with their switch, statistics, duplicate and delete. */
export function AutomationList({ rows, canEdit, setActive, duplicate, remove }: Props) {
  const t = useT(automationMessages);
  const explain = useFailureSentence();
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = (fn: () => Promise<ActionResult>) =>
    start(async () => {
      const res = await fn();
      setError(res.ok ? null : explain(res));
      router.refresh();
    });

  const activeSwitch = (a: AutomationRow) => (
    <label className="inline-flex cursor-pointer items-center gap-2">
      <input
        type="checkbox"
        role="switch"
        aria-label={`${t("activate")}: ${a.name}`}
        className="peer sr-only"
        checked={a.isActive}
        disabled={!canEdit || pending}
        onChange={(e) => run(() => setActive(a.id, { isActive: e.target.checked }))}
      />
      <span className="relative h-5 w-9 shrink-0 rounded-full bg-slate-300 transition-colors peer-checked:bg-emerald-500 peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-500 after:absolute after:start-0.5 after:top-0.5 after:size-4 after:rounded-full after:bg-white after:transition-transform peer-checked:after:translate-x-4 rtl:peer-checked:after:-translate-x-4" />
    </label>
  );
  const lastRun = (a: AutomationRow) =>
    a.lastRunAt ? (
      <span className="inline-flex flex-wrap items-center gap-2">
        {formatDateTime(a.lastRunAt, locale)}
        {a.lastRunStatus && <Badge tone={a.lastRunStatus === "failed" ? "danger" : a.lastRunStatus === "succeeded" ? "success" : "neutral"}>{t(`status.${a.lastRunStatus}` as "status.failed")}</Badge>}
      </span>
    ) : (
      t("never")
    );
  const rowActions = (a: AutomationRow) =>
    canEdit && (
      <>
        <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(() => duplicate(a.id))}>
          {t("duplicate")}
        </Button>
        <Button
          size="sm"
          variant="ghost-danger"
          disabled={pending}
          onClick={() => {
            if (window.confirm(t("confirmDelete", { name: isolate(a.name) }))) run(() => remove(a.id));
          }}
        >
          {t("delete")}
        </Button>
      </>
    );

  return (
    <div className="space-y-3">
      {error && <Alert>{error}</Alert>}
      {/* Phones: one card per automation, nothing to scroll sideways. */}
      <ul className="divide-y divide-slate-100 md:hidden" data-testid="automation-cards">
        {rows.map((a) => (
          <li key={a.id} className="space-y-1.5 px-4 py-3">
            <div className="flex items-start justify-between gap-3">
              <Link href={`/automations/${a.id}`} dir="auto" className="min-w-0 font-medium break-words text-slate-900 hover:text-indigo-600">
                {a.name}
              </Link>
              {activeSwitch(a)}
            </div>
            <p className="text-xs text-slate-600">{triggerLabel(t, a.trigger)}</p>
            <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
              <span>{t("runCount", { count: a.runCount })}</span>
              <span className={a.errorCount ? "font-medium text-red-600" : ""}>{t("errorCount", { count: a.errorCount })}</span>
              <span>
                {t("colLastRun")}
                {colon(locale)}
                {lastRun(a)}
              </span>
            </p>
            {canEdit && <div className="-ms-2.5 flex gap-1">{rowActions(a)}</div>}
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
        <Table>
          <THead>
            <tr>
              <TH>{t("colName")}</TH>
              <TH>{t("colTrigger")}</TH>
              <TH>{t("colActive")}</TH>
              <TH className="hidden lg:table-cell">{t("colLastRun")}</TH>
              <TH className="text-end">{t("colRuns")}</TH>
              <TH className="text-end">{t("colErrors")}</TH>
              <TH className="text-end">{t("colActions")}</TH>
            </tr>
          </THead>
          <TBody>
            {rows.map((a) => (
              <TR key={a.id}>
                <TD>
                  <Link href={`/automations/${a.id}`} dir="auto" className="font-medium text-slate-900 hover:text-indigo-600">
                    {a.name}
                  </Link>
                </TD>
                <TD className="text-slate-700">{triggerLabel(t, a.trigger)}</TD>
                <TD>{activeSwitch(a)}</TD>
                <TD className="hidden whitespace-nowrap text-slate-600 lg:table-cell">{lastRun(a)}</TD>
                <TD className="text-end tabular-nums">{a.runCount}</TD>
                <TD className={`text-end tabular-nums ${a.errorCount ? "font-medium text-red-600" : ""}`}>{a.errorCount}</TD>
                <TD className="text-end whitespace-nowrap">{rowActions(a)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </div>
    </div>
  );
}

/** Creates a draft and opens it in the editor. */
export function NewAutomationButton({ create }: { create: (name: string) => Promise<ActionResult<{ id: string }>> }) {
  const t = useT(automationMessages);
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      pending={pending}
      onClick={() =>
        start(async () => {
          const res = await create(t("newName"));
          if (res.ok) router.push(`/automations/${res.id}`);
        })
      }
    >
      {t("new")}
    </Button>
  );
}
