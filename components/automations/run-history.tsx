"use client";

import Link from "next/link";
import { useCallback, useEffect, useState, useTransition } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { formatDateTime } from "@/components/format/date";
import { colon } from "@/components/format/punctuation";
import { useLocale, useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { BidiText } from "@/components/ui/bidi-text";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { AutomationRunJson } from "@/lib/http/serializers/automations";
import type { FieldInfo } from "@/lib/query/types";
import { nodeLabel } from "./labels";
import { automationMessages } from "./messages";
import { useStepWords } from "./use-step-words";

type Props = {
  /** The automation's current steps, to name each run step by what it does (a step deleted since shows its id). */
  nodes?: { id: string; type?: string; data: Record<string, unknown> }[];
  /** The automation's trigger and the query registry's fields per record type: conditions read as their query in words, as on the canvas. */
  trigger?: string;
  fields?: Record<string, FieldInfo[]>;
  initialRuns: AutomationRunJson[];
  automationId: string;
  records: { id: string; name: string }[];
  needsRecord: boolean;
  canEdit: boolean;
  list: (id: string) => Promise<ActionResult<{ runs: AutomationRunJson[] }>>;
  test: (id: string, recordId: string | undefined) => Promise<ActionResult<{ run: AutomationRunJson }>>;
  rerun: (id: string, runId: string) => Promise<ActionResult>;
};

/** A step's input or output as JSON, folded away until asked for. */
function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <details className="min-w-0">
      <summary className="cursor-pointer text-slate-600">{label}</summary>
      <pre dir="ltr" className="mt-1 max-h-48 overflow-auto rounded bg-slate-50 p-1.5 text-start text-[11px] text-slate-700">
        {JSON.stringify(value, null, 2)}
      </pre>
    </details>
  );
}

/** "120 ms", "120 ms" (fr), "120 ملي ث" (ar): a step's duration in the reader's locale. */
const durationFormats = new Map<string, Intl.NumberFormat>();
function durationText(ms: number, locale: string): string {
  let format = durationFormats.get(locale);
  if (!format) durationFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: "unit", unit: "millisecond", unitDisplay: "short" })));
  return format.format(ms);
}

const tone = (s: string) => (s === "failed" ? "danger" : s === "succeeded" ? "success" : s === "waiting" ? "warning" : "neutral");

/** Runs newest first, each with its steps (input, output, timing, error); re-run; a test run on a chosen record. */
export function RunHistory({ nodes = [], trigger = "", fields, initialRuns, automationId, records, needsRecord, canEdit, list, test, rerun }: Props) {
  const t = useT(automationMessages);
  const locale = useLocale();
  const words = useStepWords(trigger, fields);
  const [runs, setRuns] = useState<AutomationRunJson[]>(initialRuns);
  const [error, setError] = useState<string | null>(null);
  const [recordId, setRecordId] = useState(records[0]?.id ?? "");
  const [pending, start] = useTransition();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const recordNames = new Map(records.map((r) => [r.id, r.name]));

  const refresh = useCallback(async () => {
    const res = await list(automationId);
    if (res.ok) setRuns(res.runs);
  }, [list, automationId]);
  useEffect(() => {
    // Polling, so that runs started by other people and delays that fire show up.
    const timer = setInterval(() => void refresh(), 4000);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <section aria-labelledby="runs-title" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="runs-title" className="text-base font-semibold text-slate-900">
          {t("runs")}
        </h2>
        <Button size="sm" variant="secondary" onClick={() => start(refresh)}>
          {t("refresh")}
        </Button>
      </div>
      {canEdit && (
        <div className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 p-3">
          {needsRecord && (
            <div className="min-w-0 max-w-full space-y-1">
              <Label htmlFor="test-record">{t("testRecord")}</Label>
              {records.length > 0 ? (
                <select id="test-record" className="h-9 w-full max-w-full rounded-lg border border-slate-300 bg-white px-2 text-sm sm:w-80" value={recordId} onChange={(e) => setRecordId(e.target.value)}>
                  {records.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
              ) : (
                // Contacts, accounts, tasks: the record's id (from its page or the API).
                <Input id="test-record" dir="ltr" className="w-full font-mono sm:w-80" placeholder={t("recordIdHint")} value={recordId} onChange={(e) => setRecordId(e.target.value.trim())} />
              )}
            </div>
          )}
          <Button
            size="sm"
            pending={pending}
            onClick={() =>
              start(async () => {
                const res = await test(automationId, needsRecord ? recordId : undefined);
                setError(res.ok ? null : res.message + (Object.values(res.fields)[0] ? ` ${Object.values(res.fields)[0]}` : ""));
                await refresh();
              })
            }
          >
            {t("runTest")}
          </Button>
          <p className="text-xs text-slate-500">{t("testHint")}</p>
        </div>
      )}
      {error && <Alert>{error}</Alert>}
      {runs.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noRuns")}</p>
      ) : (
        <ul className="space-y-2" data-testid="runs">
          {runs.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 p-3">
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center gap-2 text-sm">
                  <Badge tone={tone(r.status)}>{t(`status.${r.status}`)}</Badge>
                  {r.isTest && <Badge tone="accent">{t("test")}</Badge>}
                  <span className="text-slate-700">{formatDateTime(r.startedAt, locale)}</span>
                  {r.record && (
                    <span className="text-xs text-slate-500">
                      {t("runRecord")}
                      {colon(locale)}
                      {r.record.type === "deal" ? (
                        <Link href={`/deals/${r.record.id}`} className="font-mono hover:text-indigo-600" onClick={(e) => e.stopPropagation()}>
                          <bdi>{recordNames.get(r.record.id) ?? r.record.id.slice(-12)}</bdi>
                        </Link>
                      ) : (
                        <code>{r.record.type} {r.record.id.slice(-12)}</code>
                      )}
                    </span>
                  )}
                  {r.error && <span className="text-xs text-red-600">{r.error}</span>}
                  {canEdit && r.status === "failed" && (
                    <Button size="sm" variant="ghost" className="ms-auto" onClick={() => start(async () => { await rerun(automationId, r.id); await refresh(); })}>
                      {t("rerun")}
                    </Button>
                  )}
                </summary>
                <ol className="mt-2 space-y-2 border-s border-slate-200 ps-3 text-xs" data-testid="run-steps">
                  {r.steps.map((s, i) => {
                    const node = byId.get(s.nodeId);
                    const result = node?.type === "condition" ? (s.output as { result?: unknown } | null)?.result : undefined;
                    return (
                      <li key={i} className="space-y-1" data-testid="run-step">
                        <div className="flex flex-wrap items-center gap-1.5">
                          <span className="font-medium text-slate-800">{node ? <BidiText text={nodeLabel(node, t, words)} /> : <bdi>{s.nodeId}</bdi>}</span>
                          <Badge tone={tone(s.status)}>{t(`status.${s.status}`)}</Badge>
                          {typeof result === "boolean" && <Badge tone={result ? "success" : "neutral"}>→ {result ? t("trueBranch") : t("falseBranch")}</Badge>}
                          {/* Each piece isolated: "0 ms" and a date would otherwise run together in an Arabic line. */}
                          <span className="text-slate-500">
                            <bdi>{durationText(s.durationMs ?? 0, locale)}</bdi> · <bdi>{formatDateTime(s.at, locale)}</bdi>
                            {s.attempt > 1 ? <> · <bdi>{t("attempt", { n: s.attempt })}</bdi></> : null}
                          </span>
                        </div>
                        {s.error && (
                          <div className="text-red-600">
                            {t("stepError")}
                            {colon(locale)}
                            {s.error}
                          </div>
                        )}
                        <div className="grid gap-1 sm:grid-cols-2">
                          {s.input != null && <Json label={t("stepInput")} value={s.input} />}
                          {s.output != null && <Json label={t("stepOutput")} value={s.output} />}
                        </div>
                      </li>
                    );
                  })}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
