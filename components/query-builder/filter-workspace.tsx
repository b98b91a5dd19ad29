"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import type { ActionFailure } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import type { RuleGroupType } from "react-querybuilder";
import { deleteFilterAction, duplicateFilterAction, exportCsvAction, renameFilterAction, saveFilterAction } from "@/app/(crm)/filters/actions";
import { isolate } from "@/components/format/bidi";
import { colon } from "@/components/format/punctuation";
import { useLocale, useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { BidiText } from "@/components/ui/bidi-text";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { EntityName, FieldInfo } from "@/lib/query/types";
import { localizeFields } from "./field-labels";
import { queryBuilderMessages } from "./messages";
import { PreviewPanel } from "./preview-panel";
import { QueryBuilderPanel } from "./query-builder-panel";
import { summarize } from "./summary";

export type SavedFilterItem = { id: string; name: string; module: EntityName; isPrivate: boolean; ownerId: string; ownerName: string; query: RuleGroupType };

type Props = {
  entity: EntityName;
  entities: readonly EntityName[];
  fields: FieldInfo[];
  filters: SavedFilterItem[];
  selected: SavedFilterItem | null;
  userId: string;
  isManager: boolean;
};

const EMPTY: RuleGroupType = { id: "root", combinator: "and", rules: [] };

/** The /filters page: saved filters, the builder, the summary in words, the live preview and the actions. */
export function FilterWorkspace({ entity, entities, fields: registryFields, filters, selected, userId, isManager }: Props) {
  const t = useT(queryBuilderMessages);
  const explain = useFailureSentence();
  const locale = useLocale();
  const fields = useMemo(() => localizeFields(registryFields, locale), [registryFields, locale]);
  const router = useRouter();
  const [query, setQuery] = useState<RuleGroupType>(selected?.query ?? EMPTY);
  const [dialog, setDialog] = useState<null | "save" | "rename" | "delete">(null);
  const [name, setName] = useState(selected?.name ?? "");
  const [shared, setShared] = useState(selected ? !selected.isPrivate : false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const canChange = !selected || selected.ownerId === userId || (!selected.isPrivate && isManager);
  // Field names and values typed by people keep their own direction inside the sentence (a Latin value in Arabic…).
  const summary = useMemo(() => summarize(query, fields, t, locale, isolate), [query, fields, t, locale]);

  const run = (work: () => Promise<{ ok: boolean; message?: string; fields?: Record<string, string> } & Record<string, unknown>>, after?: (r: Record<string, unknown>) => void) =>
    start(async () => {
      setError(null);
      const result = await work();
      if (!result.ok) setError(explain(result as ActionFailure));
      else {
        setDialog(null);
        after?.(result);
      }
    });

  const save = (asNew: boolean) =>
    run(
      () => saveFilterAction({ id: asNew ? undefined : selected?.id, name, module: entity, query, isPrivate: !shared }),
      (r) => {
        setNotice(t("savedToast"));
        router.push(`/filters?filter=${String(r.id)}`);
        router.refresh();
      },
    );

  const exportCsv = () =>
    run(
      () => exportCsvAction(entity, query),
      (r) => {
        const blob = new Blob([String(r.csv)], { type: "text/csv;charset=utf-8" });
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = `${(selected?.name ?? entity).replace(/[^\w-]+/g, "_")}.csv`;
        a.click();
        URL.revokeObjectURL(url);
      },
    );

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside aria-labelledby="saved-title" className="space-y-3">
        <h2 id="saved-title" className="text-sm font-semibold text-slate-900">
          {t("saved")}
        </h2>
        <div className="flex flex-wrap gap-1.5">
          {entities.map((e) => (
            <Link key={e} href={`/filters?entity=${e}`} className={buttonClasses(e === entity && !selected ? "primary" : "secondary", "sm")}>
              {t(`entity_${e}`)}
            </Link>
          ))}
        </div>
        {filters.length === 0 ? (
          <p className="text-sm text-slate-500">{t("savedEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="saved-filters">
            {filters.map((f) => (
              <li key={f.id}>
                <Link href={`/filters?filter=${f.id}`} aria-current={f.id === selected?.id ? "page" : undefined} className={cn("block px-3 py-2 hover:bg-slate-50", f.id === selected?.id && "bg-indigo-50")}>
                  <span className="block truncate text-sm font-medium text-slate-900">
                    <bdi>{f.name}</bdi>
                  </span>
                  <span className="flex items-center gap-1.5 text-xs text-slate-500">
                    <span>
                      <BidiText text={`${t(`entity_${f.module}`)} · ${t("owner", { name: isolate(f.ownerName) })}`} />
                    </span>
                    <Badge tone={f.isPrivate ? "neutral" : "accent"}>{f.isPrivate ? t("private") : t("shared")}</Badge>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </aside>

      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <h2 className="truncate text-lg font-semibold text-slate-900">{selected ? <bdi>{selected.name}</bdi> : `${t("newFilter")} · ${t(`entity_${entity}`)}`}</h2>
            {selected ? (
              <p className="text-sm text-slate-500">
                <BidiText text={t("owner", { name: isolate(selected.ownerName) })} />
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            {canChange ? (
              <Button onClick={() => (selected ? save(false) : setDialog("save"))} pending={pending && dialog === null}>
                {t("save")}
              </Button>
            ) : null}
            {selected ? (
              <>
                <Button variant="secondary" onClick={() => { setName(`${selected.name} (copy)`); setShared(false); setDialog("save"); }}>{t("saveAs")}</Button>
                <Button variant="secondary" onClick={() => run(() => duplicateFilterAction(selected.id), (r) => router.push(`/filters?filter=${String(r.id)}`))}>{t("duplicate")}</Button>
                {canChange ? <Button variant="secondary" onClick={() => { setName(selected.name); setDialog("rename"); }}>{t("rename")}</Button> : null}
                {canChange ? <Button variant="ghost-danger" onClick={() => setDialog("delete")}>{t("delete")}</Button> : null}
              </>
            ) : null}
            <Button variant="secondary" onClick={exportCsv}>{t("exportCsv")}</Button>
          </div>
        </div>
        {!canChange ? <Alert tone="info">{t("readOnly")}</Alert> : null}
        {error && dialog === null ? <Alert>{error}</Alert> : null}
        {notice ? <p className="sr-only" role="status">{notice}</p> : null}

        <QueryBuilderPanel fields={fields} query={query} onChange={setQuery} />
        <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="filter-summary">
          <span className="font-medium text-slate-900">{`${t("summary")}${colon(locale)}`}</span>
          <BidiText text={summary} />
        </p>
        <PreviewPanel entity={entity} query={query} fields={fields} />
      </div>

      <Dialog
        open={dialog === "save" || dialog === "rename"}
        onClose={() => setDialog(null)}
        title={dialog === "rename" ? t("renameTitle") : t("saveTitle")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDialog(null)}>{t("cancel")}</Button>
            <Button pending={pending} onClick={() => (dialog === "rename" && selected ? run(() => renameFilterAction(selected.id, name), () => router.refresh()) : save(true))}>
              {dialog === "rename" ? t("rename") : t("save")}
            </Button>
          </>
        }
      >
        <div className="space-y-3">
          <label className="block text-sm font-medium text-slate-700">
            {t("name")}
            <Input className="mt-1" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} autoFocus />
          </label>
          {dialog === "save" ? (
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" className="size-4 accent-indigo-600" checked={shared} disabled={!isManager} onChange={(e) => setShared(e.target.checked)} />
              {t("shareWithWorkspace")}
            </label>
          ) : null}
          {dialog === "save" && !isManager ? <p className="text-xs text-slate-500">{t("shareManagersOnly")}</p> : null}
          {error ? <Alert>{error}</Alert> : null}
        </div>
      </Dialog>

      <Dialog
        open={dialog === "delete"}
        onClose={() => setDialog(null)}
        title={t("deleteTitle")}
        description={<BidiText text={t("deleteBody", { name: isolate(selected?.name ?? "") })} />}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDialog(null)}>{t("cancel")}</Button>
            <Button variant="danger" pending={pending} onClick={() => selected && run(() => deleteFilterAction(selected.id), () => router.push("/filters"))}>
              {t("confirmDelete")}
            </Button>
          </>
        }
      />
    </div>
  );
}
