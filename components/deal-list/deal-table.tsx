"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { LossReasonDialog } from "@/components/board/loss-dialog";
import { dealStatusLabel } from "@/components/deal/deal-status";
import type { ActionResult } from "@/components/forms/action-result";
import { formatDate } from "@/components/format/date";
import { formatMoney } from "@/components/format/money";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useLocale, useT } from "@/components/i18n/provider";
import type { CustomColumn } from "@/components/records/custom-columns";
import { CustomCell } from "@/components/records/custom-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { OneLine } from "@/components/ui/bidi-text";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { RestDeal } from "@/lib/http/serializers/deals-rest";
import type { StageOption } from "@/lib/pipelines/stage-path";
import { dealListMessages } from "./messages";

type Result = Promise<ActionResult<{ count: number }>>;
export type BulkActions = {
  assign: (ids: string[], ownerId: string | null) => Result;
  move: (ids: string[], stageId: string, lossReason?: string) => Result;
  remove: (ids: string[]) => Result;
  /** An edit in a cell (custom fields), as on the deal page. */
  update: (id: string, input: Record<string, unknown>) => Promise<ActionResult>;
};
/** The current sort and, per sortable column, the URL that sorts by it (the other way when it is the current one). */
export type SortState = { field: string; desc: boolean; hrefs: Record<string, string> };

const SORTABLE: Record<string, string> = { name: "name", amount: "amount", expectedCloseDate: "expectedCloseDate", createdAt: "createdAt" };

/** The deal table: sortable headers (links, so the URL keeps the sort), selection and bulk actions. */
export function DealTable({
  deals,
  users,
  stages,
  sort,
  customColumns = [],
  customValues = {},
  actions,
}: {
  deals: RestDeal[];
  users: { id: string; name: string }[];
  stages: StageOption[];
  sort: SortState;
  /** One column per custom field of deals, edited in place. */
  customColumns?: CustomColumn[];
  customValues?: Record<string, Record<string, unknown>>;
  actions: BulkActions;
}) {
  const t = useT(dealListMessages);
  const explain = useFailureSentence();
  const locale = useLocale();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [owner, setOwner] = useState("");
  const [stage, setStage] = useState("");
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [askLoss, setAskLoss] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const ids = [...selected].filter((id) => deals.some((d) => d.id === id));
  const all = deals.length > 0 && ids.length === deals.length;

  const run = (fn: () => Result) =>
    startTransition(async () => {
      const result = await fn();
      if (result.ok) {
        setMessage({ tone: "success", text: t("done", { count: result.count }) });
        setSelected(new Set());
        setConfirmDelete(false);
        router.refresh();
      } else setMessage({ tone: "error", text: explain(result) });
    });
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const header = (field: string, label: string) => {
    const active = sort.field === field;
    return (
      <TH aria-sort={active ? (sort.desc ? "descending" : "ascending") : undefined}>
        {SORTABLE[field] && sort.hrefs[field] ? (
          <Link href={sort.hrefs[field]} className="inline-flex items-center gap-1 hover:text-slate-900" aria-label={t("sortBy", { column: label })}>
            {label}
            {active && <span aria-hidden="true">{sort.desc ? "↓" : "↑"}</span>}
          </Link>
        ) : (
          label
        )}
      </TH>
    );
  };
  const pipelines = [...new Map(stages.map((s) => [s.pipelineId, s.pipelineName])).entries()];

  return (
    <div>
      {ids.length > 0 && (
        <div role="toolbar" aria-label={t("selected", { count: ids.length })} className="flex flex-wrap items-center gap-2 border-b border-indigo-100 bg-indigo-50/60 px-3 py-2" data-testid="bulk-bar">
          <span className="me-2 text-[13px] font-medium text-indigo-900">{t("selected", { count: ids.length })}</span>
          <NativeSelect aria-label={t("assignTo")} value={owner} onChange={(e) => setOwner(e.target.value)} className="h-8 text-[13px]">
            <option value="">{t("assignTo")}</option>
            <option value="none">{t("noOwner")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </NativeSelect>
          <Button size="sm" variant="secondary" disabled={!owner || pending} onClick={() => run(() => actions.assign(ids, owner === "none" ? null : owner))}>
            {t("apply")}
          </Button>
          <NativeSelect aria-label={t("moveTo")} value={stage} onChange={(e) => setStage(e.target.value)} className="h-8 text-[13px]">
            <option value="">{t("moveTo")}</option>
            {pipelines.map(([pid, pname]) => (
              <optgroup key={pid} label={pname}>
                {stages
                  .filter((s) => s.pipelineId === pid)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </NativeSelect>
          <Button size="sm" variant="secondary" disabled={!stage || pending} onClick={() => (stages.find((s) => s.id === stage)?.kind === "lost" ? setAskLoss(true) : run(() => actions.move(ids, stage)))}>
            {t("apply")}
          </Button>
          <Button size="sm" variant="ghost-danger" className="ms-auto" onClick={() => setConfirmDelete(true)} disabled={pending}>
            {t("delete")}
          </Button>
        </div>
      )}
      {message && (
        <Alert tone={message.tone} className="m-3">
          {message.text}
        </Alert>
      )}
      <Table aria-label={t("results")}>
        <THead>
          <tr>
            <TH className="w-10">
              <input type="checkbox" aria-label={t("selectAll")} checked={all} onChange={() => setSelected(all ? new Set() : new Set(deals.map((d) => d.id)))} className="size-4 rounded border-slate-300" />
            </TH>
            {header("name", t("name"))}
            {header("amount", t("amount"))}
            {header("stage", t("stage"))}
            {header("owner", t("owner"))}
            {header("contact", t("contact"))}
            {header("account", t("account"))}
            {header("expectedCloseDate", t("expectedCloseDate"))}
            {customColumns.map((c) => (
              <TH key={c.name}>{c.label}</TH>
            ))}
            {header("createdAt", t("createdAt"))}
          </tr>
        </THead>
        <TBody>
          {deals.map((d) => (
            <TR key={d.id} data-testid="deal-row" aria-selected={selected.has(d.id)}>
              <TD>
                <input type="checkbox" aria-label={t("select", { name: d.name })} checked={selected.has(d.id)} onChange={() => toggle(d.id)} className="size-4 rounded border-slate-300" />
              </TD>
              <TD>
                <div className="max-w-72">
                  <OneLine>
                    <Link href={`/deals/${d.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                      {d.name}
                    </Link>
                  </OneLine>
                </div>
              </TD>
              <TD className="tabular-nums">{d.amount === null ? "—" : formatMoney(d.amount, d.currency, locale)}</TD>
              <TD>
                <span className="inline-flex items-center gap-1.5">
                  <span aria-hidden="true" className="size-2 rounded-full" style={{ backgroundColor: d.stage.color }} />
                  {d.stage.name}
                  {d.status !== "open" && <span className={d.status === "won" ? "text-emerald-700" : "text-red-700"}>· {dealStatusLabel(d.status, locale)}</span>}
                </span>
              </TD>
              <TD>{d.owner?.name ?? "—"}</TD>
              <TD>
                <div className="max-w-48">
                  <OneLine>{d.primaryContact?.name ?? "—"}</OneLine>
                </div>
              </TD>
              <TD>
                <div className="max-w-48">
                  <OneLine>{d.account?.name ?? "—"}</OneLine>
                </div>
              </TD>
              <TD>{d.expectedCloseDate ? formatDate(`${d.expectedCloseDate}T00:00:00`, locale) : "—"}</TD>
              {customColumns.map((col) => (
                <TD key={col.name} className="max-w-56">
                  <CustomCell column={col} value={customValues[d.id]?.[col.name]} field="custom_fields" save={(input) => actions.update(d.id, input)} />
                </TD>
              ))}
              <TD>{formatDate(d.createdAt, locale)}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <Dialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        dismissible={!pending}
        title={t("deleteTitle", { count: ids.length })}
        description={t("deleteText")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirmDelete(false)} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button variant="danger" pending={pending} onClick={() => run(() => actions.remove(ids))}>
              {t("delete")}
            </Button>
          </>
        }
      />
      <LossReasonDialog
        key={askLoss ? "open" : "closed"}
        open={askLoss}
        dealName={t("selected", { count: ids.length })}
        onCancel={() => setAskLoss(false)}
        onConfirm={(reason) => {
          setAskLoss(false);
          run(() => actions.move(ids, stage, reason));
        }}
      />
    </div>
  );
}
