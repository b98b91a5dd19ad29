"use client";

import Link from "next/link";
import { useLocale, useT } from "@/components/i18n/provider";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { RestTask } from "@/lib/http/serializers/tasks";
import { useTaskTypeLabel } from "./task-type";
import type { TaskGroup } from "./group";
import { taskMessages } from "./messages";

/** The due moment as the list shows it: the time for today, the date (and time) otherwise, in the person's zone. */
function dueLabel(dueAt: string, group: TaskGroup, locale: string, timeZone: string, today: string): string {
  const d = new Date(dueAt);
  const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: "short" }).format(d);
  if (group === "today") return today.replace("{time}", time);
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" }).format(d);
}

/** One open task: a one-click "done" box, the title (opens the dialog), type, due time, links, assignee. */
export function TaskRow({ task, group, timeZone, showAssignee, onComplete, onOpen }: { task: RestTask; group: TaskGroup; timeZone: string; showAssignee: boolean; onComplete: () => void; onOpen: () => void }) {
  const t = useT(taskMessages);
  const typeLabel = useTaskTypeLabel();
  const locale = useLocale();
  const links = [
    task.deal && { href: `/deals/${task.deal.id}`, label: task.deal.name },
    task.contact && { href: `/contacts/${task.contact.id}`, label: task.contact.name },
    task.account && { href: `/accounts/${task.account.id}`, label: task.account.name },
  ].filter((l): l is { href: string; label: string } => !!l);

  const due = task.dueAt && (
    <time dateTime={task.dueAt} className={cn("text-[12px] tabular-nums", group === "overdue" ? "font-medium text-red-600" : "text-slate-500")}>
      {dueLabel(task.dueAt, group, locale, timeZone, t("dueToday"))}
    </time>
  );

  return (
    <li className="flex items-start gap-3 px-4 py-3 hover:bg-slate-50/70" data-testid="task-row">
      <button
        type="button"
        role="checkbox"
        aria-checked={false}
        aria-label={t("complete", { title: task.title })}
        onClick={onComplete}
        className="mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full border-2 border-slate-300 text-transparent transition-colors hover:border-emerald-500 hover:text-emerald-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3 fill-current">
          <path d="M6.4 11.2 3.2 8l1.1-1.1 2.1 2.1 5.3-5.3 1.1 1.1-6.4 6.4Z" />
        </svg>
      </button>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <button type="button" onClick={onOpen} aria-label={t("edit", { title: task.title })} className="min-w-0 break-words text-start text-sm font-medium text-slate-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500">
            {task.title}
          </button>
          <Badge tone="neutral">{typeLabel(task.type)}</Badge>
        </div>
        {due && <p className="mt-0.5 sm:hidden">{due}</p>}
        {links.length > 0 && (
          <p className="mt-0.5 flex flex-wrap gap-x-3 text-[12px] text-slate-500">
            {links.map((l) => (
              <Link key={l.href} href={l.href} className="min-w-0 truncate hover:text-indigo-700 hover:underline">
                {l.label}
              </Link>
            ))}
          </p>
        )}
      </div>
      <div className="flex shrink-0 items-center gap-3">
        {due && <span className="hidden sm:inline">{due}</span>}
        {showAssignee && task.assignee && (
          <span title={t("assignedTo", { name: task.assignee.name })}>
            <Avatar name={task.assignee.name} seed={task.assignee.email} size="sm" />
            <span className="sr-only">{t("assignedTo", { name: task.assignee.name })}</span>
          </span>
        )}
      </div>
    </li>
  );
}
