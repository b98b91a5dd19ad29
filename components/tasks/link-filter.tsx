"use client";

import { useState } from "react";
import { isolate } from "@/components/format/bidi";
import { useT } from "@/components/i18n/provider";
import { useListUrl } from "@/components/records/use-list-url";
import { BidiText } from "@/components/ui/bidi-text";
import { Select } from "@/components/ui/select";
import type { LinkKind } from "@/lib/tasks/link-kinds";
import { CloseIcon, LinkSearch } from "./link-picker";
import { taskTableMessages } from "./table-messages";

/** A record the task table is narrowed to (`?deal=`, `?contact=`, `?account=`); `label` is null when it no longer exists. */
export type LinkedFilter = { kind: LinkKind; id: string; label: string | null };

const KINDS: LinkKind[] = ["deal", "contact", "account"];

/** The search of the "linked to" filter: choose deal, contact or account, then find the record by name. */
export function LinkFilterSearch() {
  const t = useT(taskTableMessages);
  const { update } = useListUrl();
  const [kind, setKind] = useState<LinkKind>("deal");
  return (
    <div className="flex items-center gap-1.5">
      <div className="w-32">
        <Select aria-label={t("filter.linkKind")} value={kind} onChange={(e) => setKind(e.target.value as LinkKind)} className="h-9">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`filter.kind_${k}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-48 sm:w-52">
        <LinkSearch key={kind} kind={kind} label={t(`filter.link_${kind}`)} className="h-9" onPick={(o) => update({ [kind]: o.id, page: null })} />
      </div>
    </div>
  );
}

/** The records the list is narrowed to, each a chip that removes its filter. */
export function LinkFilterChips({ links }: { links: LinkedFilter[] }) {
  const t = useT(taskTableMessages);
  const { update } = useListUrl();
  if (links.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("filter.chips")} data-testid="link-filter-chips">
      {links.map((l) => {
        const name = l.label ?? t("filter.missingRecord");
        return (
          <li key={l.kind} className="inline-flex h-8 max-w-full items-center gap-1.5 rounded-full border border-indigo-200 bg-indigo-50 ps-3 pe-1.5 text-[13px] text-indigo-900">
            <span className="truncate">
              <BidiText text={t("filter.chip", { kind: t(`filter.kind_${l.kind}`), name: l.label ? isolate(l.label) : name })} />
            </span>
            <button
              type="button"
              onClick={() => update({ [l.kind]: null, page: null })}
              aria-label={t("filter.removeLink", { name })}
              className="rounded-full p-1 text-indigo-700 hover:bg-indigo-100 hover:text-indigo-950 focus-visible:outline-2 focus-visible:outline-indigo-500"
            >
              <CloseIcon />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
