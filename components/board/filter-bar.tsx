"use client";

import { useEffect, useState } from "react";
import { DEAL_STATUSES, dealStatusLabel } from "@/components/deal/deal-status";
import { useLocale, useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { UserSummary as UserOption } from "@/lib/users/summaries";
import { boardMessages } from "./messages";
import type { BoardParams } from "./state";

/**
 * Search, owner, status and pipeline. Every change goes to the URL (the board's state lives there).
 * A saved-filter selector plugs in through `filterSlot` (it sets the `filter` param).
 */
export function FilterBar({
  params,
  onChange,
  pipelines,
  pipelineId,
  users,
  filterSlot,
}: {
  params: BoardParams;
  onChange: (next: Partial<BoardParams>) => void;
  pipelines: { id: string; name: string }[];
  pipelineId: string;
  users: UserOption[];
  filterSlot?: React.ReactNode;
}) {
  const t = useT(boardMessages);
  const locale = useLocale();
  const [q, setQ] = useState(params.q);
  // The URL changed under us (back button, "clear filters"): show its search.
  const [urlQ, setUrlQ] = useState(params.q);
  const [sent, setSent] = useState(params.q);
  if (urlQ !== params.q) {
    setUrlQ(params.q);
    if (params.q !== sent) setQ(params.q);
  }
  useEffect(() => {
    if (q === params.q) return;
    const timer = setTimeout(() => {
      setSent(q);
      onChange({ q });
    }, 250);
    return () => clearTimeout(timer);
  }, [q, params.q, onChange]);
  const filtered = params.q || params.owner || params.status || params.filter;

  return (
    <div role="search" className="flex flex-wrap items-end gap-2">
      {pipelines.length > 1 && (
        <label className="text-[12px] font-medium text-slate-600">
          <span className="mb-1 block">{t("pipeline")}</span>
          <NativeSelect value={pipelineId} onChange={(e) => onChange({ pipelineId: e.target.value })}>
            {pipelines.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </NativeSelect>
        </label>
      )}
      <label className="min-w-48 flex-1 text-[12px] font-medium text-slate-600 sm:max-w-xs">
        <span className="mb-1 block">{t("search")}</span>
        <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("searchPlaceholder")} maxLength={200} />
      </label>
      <label className="text-[12px] font-medium text-slate-600">
        <span className="mb-1 block">{t("owner")}</span>
        <NativeSelect value={params.owner || "anyone"} onChange={(e) => onChange({ owner: e.target.value === "anyone" ? "" : e.target.value })}>
          <option value="anyone">{t("ownerAnyone")}</option>
          <option value="me">{t("ownerMe")}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label className="text-[12px] font-medium text-slate-600">
        <span className="mb-1 block">{t("status")}</span>
        <NativeSelect value={params.status || "all"} onChange={(e) => onChange({ status: e.target.value === "all" ? "" : e.target.value })}>
          <option value="all">{t("statusAll")}</option>
          {DEAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {dealStatusLabel(s, locale)}
            </option>
          ))}
        </NativeSelect>
      </label>
      {filterSlot}
      {filtered && (
        <Button variant="ghost" size="md" onClick={() => onChange({ q: "", owner: "", status: "", filter: "" })}>
          {t("clearFilters")}
        </Button>
      )}
    </div>
  );
}
