"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useFailureSentence } from "@/components/forms/failure-text";
import { previewFilterAction } from "@/app/(crm)/filters/actions";
import { useLocale, useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import type { EntityName, FieldInfo } from "@/lib/query/types";
import { queryBuilderMessages } from "./messages";
import { previewCountText, previewDetailText, previewEmptyText } from "./preview-text";

type Node = { field?: string; rules?: Node[] };

/** "query.rules[1].rules[0].value: is required" → "Last name: is required" (the rule's field, not its path). */
function problem(errors: Record<string, string>, query: unknown, fields: readonly FieldInfo[]): string | null {
  const [path, message] = Object.entries(errors)[0] ?? [];
  if (!path || !message) return null;
  let node = query as Node | undefined;
  for (const m of path.matchAll(/rules\[(\d+)\]/g)) node = node?.rules?.[Number(m[1])];
  const label = node?.field ? (fields.find((f) => f.name === node.field)?.label ?? node.field) : null;
  return label ? `${label}: ${message}` : message;
}

/** The query after it has stopped changing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return debounced;
}

/** Live count and first rows, refreshed 400 ms after the last edit; the previous result stays while counting. */
export function PreviewPanel({ entity, query, fields }: { entity: EntityName; query: unknown; fields: readonly FieldInfo[] }) {
  const t = useT(queryBuilderMessages);
  const locale = useLocale();
  const explain = useFailureSentence();
  const json = useDebounced(JSON.stringify(query), 400);
  const preview = useQuery({
    queryKey: ["filters", "preview", entity, json],
    queryFn: () => previewFilterAction(entity, JSON.parse(json)),
    placeholderData: keepPreviousData,
  });
  const result = preview.data;
  return (
    <section aria-labelledby="preview-title" className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id="preview-title" className="text-sm font-semibold text-slate-900">
          {t("preview")}
        </h2>
        {preview.isFetching ? <span className="text-xs text-slate-500">{t("previewLoading")}</span> : null}
      </div>
      {!result ? (
        <div className="mt-3 space-y-2">
          <Skeleton className="h-6 w-40" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-3/4" />
        </div>
      ) : !result.ok ? (
        <Alert className="mt-3" tone="warning" title={t("previewError")}>
          {problem(result.fields, query, fields) ?? explain(result)}
        </Alert>
      ) : (
        <div className="mt-2">
          <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="preview-count" aria-live="polite">
            {previewCountText(t, entity, result.total)}
          </p>
          {result.rows.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">{previewEmptyText(t, entity)}</p>
          ) : (
            <>
              <h3 className="mt-3 text-xs font-medium uppercase tracking-wide text-slate-500">{t("firstRows")}</h3>
              <ul className="mt-1 divide-y divide-slate-100" data-testid="preview-rows">
                {result.rows.map((r) => (
                  <li key={r.id} className="flex items-baseline justify-between gap-3 py-1.5 text-sm">
                    {/* A name takes its own direction, so a Latin one in Arabic is cut at its end, not its start. */}
                    <span className="truncate font-medium text-slate-800" dir="auto">
                      {r.title}
                    </span>
                    {r.detail ? (
                      <span className={r.detail.kind === "amount" ? "shrink-0 tabular-nums text-slate-600" : "truncate text-slate-500"} dir={r.detail.kind === "email" ? "ltr" : undefined} data-testid="preview-detail">
                        {previewDetailText(r.detail, t, locale)}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
