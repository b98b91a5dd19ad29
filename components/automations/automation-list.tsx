"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { formatDateTime } from "@/components/format/date";
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
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = (fn: () => Promise<ActionResult>) =>
    start(async () => {
      const res = await fn();
      setError(res.ok ? null : res.message);
      router.refresh();
    });

  return (
    <div className="space-y-3">
      {error && <Alert>{error}</Alert>}
      <Table>
        <THead>
          <tr>
            <TH>{t("colName")}</TH>
            <TH className="hidden md:table-cell">{t("colTrigger")}</TH>
            <TH>{t("colActive")}</TH>
            <TH className="hidden lg:table-cell">{t("colLastRun")}</TH>
            <TH className="hidden text-end sm:table-cell">{t("colRuns")}</TH>
            <TH className="hidden text-end sm:table-cell">{t("colErrors")}</TH>
            <TH className="text-end">
              <span className="sr-only sm:not-sr-only">{t("colActions")}</span>
            </TH>
          </tr>
        </THead>
        <TBody>
          {rows.map((a) => (
            <TR key={a.id}>
              <TD className="max-w-0 min-w-32 md:max-w-none">
                <Link href={`/automations/${a.id}`} dir="auto" className="block font-medium break-words text-slate-900 hover:text-indigo-600 md:truncate">
                  {a.name}
                </Link>
                {/* On narrow screens the hidden columns' content, as a line under the name. */}
                <span className="mt-0.5 block text-xs text-slate-500 md:hidden">
                  {triggerLabel(t, a.trigger)} · {t("runCount", { count: a.runCount })}
                  {a.errorCount > 0 && <span className="text-red-600"> · {t("errorCount", { count: a.errorCount })}</span>}
                </span>
              </TD>
              <TD className="hidden text-slate-700 md:table-cell">{triggerLabel(t, a.trigger)}</TD>
              <TD>
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
                  <span className="relative h-5 w-9 rounded-full bg-slate-300 transition-colors peer-checked:bg-emerald-500 peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-500 after:absolute after:start-0.5 after:top-0.5 after:size-4 after:rounded-full after:bg-white after:transition-transform peer-checked:after:translate-x-4 rtl:peer-checked:after:-translate-x-4" />
                </label>
              </TD>
              <TD className="hidden whitespace-nowrap text-slate-600 lg:table-cell">
                {a.lastRunAt ? (
                  <span className="inline-flex items-center gap-2">
                    {formatDateTime(a.lastRunAt, locale)}
                    {a.lastRunStatus && <Badge tone={a.lastRunStatus === "failed" ? "danger" : a.lastRunStatus === "succeeded" ? "success" : "neutral"}>{t(`status.${a.lastRunStatus}` as "status.failed")}</Badge>}
                  </span>
                ) : (
                  t("never")
                )}
              </TD>
              <TD className="hidden text-end tabular-nums sm:table-cell">{a.runCount}</TD>
              <TD className={`hidden text-end tabular-nums sm:table-cell ${a.errorCount ? "font-medium text-red-600" : ""}`}>{a.errorCount}</TD>
              <TD className="text-end">
                <div className="flex flex-col items-end gap-1 sm:flex-row sm:justify-end">
                {canEdit && (
                  <>
                    <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(() => duplicate(a.id))}>
                      {t("duplicate")}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost-danger"
                      disabled={pending}
                      onClick={() => {
                        if (window.confirm(t("confirmDelete", { name: a.name }))) run(() => remove(a.id));
                      }}
                    >
                      {t("delete")}
                    </Button>
                  </>
                )}
                </div>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
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
