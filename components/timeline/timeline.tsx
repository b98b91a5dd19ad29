"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { isolate } from "@/components/format/bidi";
import { formatDateTime, formatRelative } from "@/components/format/date";
import { useLocale, useT } from "@/components/i18n/provider";
import { activityKeys } from "@/components/query/keys";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { EntityType } from "@/db/schema";
import type { ActivityPage } from "@/lib/http/serializers/activities";
import { fetchTimeline } from "./fetch";
import { fieldLabel, formatValue } from "./format";
import { timelineMessages } from "./messages";
import { NoteComposer } from "./note-composer";

type Entry = ActivityPage["data"][number];
const TASK_ACTIONS = ["task_created", "task_updated", "task_completed", "task_reopened", "task_deleted", "task_linked", "task_unlinked"];
const KNOWN_ACTIONS = new Set(["created", "updated", "deleted", "restored", "note", "stage_changed", "contact_linked", "contact_unlinked", "completed", "reopened", ...TASK_ACTIONS]);

/**
 * The activity timeline of one record (deal, contact, account, task), newest first: who did what and
 * when, every change as "Field: old → new", notes in full. Pages render it with the first page they
 * loaded on the server (`initial`); older entries load on demand; it refetches on focus and every 30 s.
 */
export function Timeline({ entity, recordId, initial, notes = true }: { entity: EntityType; recordId: string; initial?: ActivityPage; notes?: boolean }) {
  const t = useT(timelineMessages);
  const query = useInfiniteQuery({
    queryKey: activityKeys.timeline(entity, recordId),
    queryFn: ({ pageParam }) => fetchTimeline(entity, recordId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.meta.nextCursor,
    initialData: initial ? { pages: [initial], pageParams: [null] } : undefined,
    refetchInterval: 30_000,
  });
  const pages = query.data?.pages ?? [];
  const entries = pages.flatMap((p) => p.data);
  const labels = Object.assign({}, ...pages.map((p) => p.labels)) as Record<string, string>;

  return (
    <section aria-labelledby={`timeline-${recordId}`} className="space-y-4">
      <h2 id={`timeline-${recordId}`} className="text-[15px] font-semibold text-slate-900">
        {t("title")}
      </h2>
      {notes && <NoteComposer entity={entity} recordId={recordId} />}
      {query.isPending ? (
        <div role="status" aria-label={t("loading")} className="space-y-3">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : query.isError && entries.length === 0 ? (
        <div role="alert" className="flex items-center gap-3 text-[13px] text-red-700">
          {t("error")}
          <Button size="sm" variant="secondary" onClick={() => query.refetch()}>
            {t("retry")}
          </Button>
        </div>
      ) : entries.length === 0 ? (
        <p className="text-[13px] text-slate-500">{t("empty")}</p>
      ) : (
        <ol className="relative space-y-4 border-s border-slate-200 ps-5" data-testid="timeline">
          {entries.map((entry) => (
            <TimelineItem key={entry.id} entry={entry} labels={labels} />
          ))}
        </ol>
      )}
      {query.hasNextPage && (
        <Button variant="ghost" size="sm" onClick={() => query.fetchNextPage()} pending={query.isFetchingNextPage}>
          {t("loadMore")}
        </Button>
      )}
    </section>
  );
}

function TimelineItem({ entry, labels }: { entry: Entry; labels: Record<string, string> }) {
  const t = useT(timelineMessages);
  const locale = useLocale();
  const known = timelineMessages.en as Record<string, string>;
  const actor = entry.actor?.name ?? (entry.via === "automation" ? t("automation") : entry.actor === null && entry.via === "system" ? t("system") : t("someone"));
  const headline = KNOWN_ACTIONS.has(entry.action) ? t(`action.${entry.action}` as never, { actor }) : t("action.other", { actor, action: entry.action });
  // A task's entry on the record it links names the task in its note; its id is no change of the record.
  const changes = Object.entries(entry.changes).filter(([field]) => !(entry.action.startsWith("contact_") && field === "contactId") && !(entry.action.startsWith("task_") && field === "taskId"));
  const linked = entry.action.startsWith("contact_") ? entry.changes.contactId : undefined;
  const linkedId = linked ? (linked.to ?? linked.from) : null;
  const via = entry.via === "api" || entry.via === "automation" || entry.via === "import" ? t(`via.${entry.via}`) : null;

  return (
    <li className="relative" data-action={entry.action}>
      <span aria-hidden="true" className="absolute -start-[27px] top-0.5 flex size-3.5 items-center justify-center rounded-full bg-white ring-2 ring-slate-200">
        <span className={entry.action === "note" ? "size-1.5 rounded-full bg-amber-500" : entry.action === "stage_changed" ? "size-1.5 rounded-full bg-indigo-500" : "size-1.5 rounded-full bg-slate-400"} />
      </span>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
        {entry.actor && <Avatar name={entry.actor.name} seed={entry.actor.id} size="sm" className="self-center" />}
        <p className="text-[13px] text-slate-800">
          {headline}
          {typeof linkedId === "string" && <span className="font-medium"> · {formatValue(t, linkedId, "contactId", labels, locale)}</span>}
          {via && <span className="text-slate-500"> · {via}</span>}
        </p>
        <time dateTime={entry.at} title={formatDateTime(entry.at, locale)} className="text-[12px] text-slate-500" suppressHydrationWarning>
          {formatRelative(entry.at, new Date(), locale)}
        </time>
      </div>
      {changes.length > 0 && (
        <ul className="mt-1.5 space-y-0.5 text-[13px] text-slate-600 [overflow-wrap:anywhere]">
          {changes.map(([field, change]) => (
            <li key={field}>
              {t("change", {
                field: isolate(fieldLabel(t, known, field, labels)),
                from: isolate(formatValue(t, change.from, field, labels, locale)),
                to: isolate(formatValue(t, change.to, field, labels, locale)),
              })}
            </li>
          ))}
        </ul>
      )}
      {entry.note && <p className="mt-1.5 whitespace-pre-wrap [overflow-wrap:anywhere] rounded-lg bg-amber-50 px-3 py-2 text-[13px] text-slate-800 ring-1 ring-amber-100">{entry.note}</p>}
    </li>
  );
}
