"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { formatDateTime } from "@/components/format/date";
import { useLocale, useT } from "@/components/i18n/provider";
import { cn } from "@/components/ui/cn";
import { useTaskTypeLabel } from "@/components/tasks/task-type";
import { dealMessages } from "./messages";

const isPast = (iso: string | null) => iso !== null && new Date(iso).getTime() < Date.now();

export type DealTaskItem = { id: string; title: string; type: string; dueAt: string | null; done: boolean; assignee: string | null };

/** The deal's tasks, open ones first; the checkbox completes (or reopens) a task in one click. */
export function DealTasks({ dealId, tasks, setDone }: { dealId: string; tasks: DealTaskItem[]; setDone: (dealId: string, taskId: string, done: boolean) => Promise<ActionResult> }) {
  const t = useT(dealMessages);
  const typeLabel = useTaskTypeLabel();
  const locale = useLocale();
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [shown, toggle] = useOptimistic(tasks, (list, { id, done }: { id: string; done: boolean }) => list.map((x) => (x.id === id ? { ...x, done } : x)));

  if (shown.length === 0) return <p className="text-[13px] text-slate-500">{t("noTasks")}</p>;
  const sorted = [...shown].sort((a, b) => Number(a.done) - Number(b.done));
  return (
    <ul className="space-y-2" data-testid="deal-tasks">
      {sorted.map((task) => {
        const overdue = !task.done && isPast(task.dueAt);
        return (
          <li key={task.id} className="flex items-start gap-2.5">
            <input
              type="checkbox"
              checked={task.done}
              aria-label={task.done ? t("markOpen", { title: task.title }) : t("markDone", { title: task.title })}
              onChange={(e) => {
                const done = e.target.checked;
                startTransition(async () => {
                  toggle({ id: task.id, done });
                  await setDone(dealId, task.id, done);
                  router.refresh();
                });
              }}
              className="mt-0.5 size-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-500"
            />
            <div className="min-w-0 flex-1">
              <p className={cn("text-[13px] text-slate-900", task.done && "text-slate-400 line-through")}>{task.title}</p>
              <p className="text-[12px] text-slate-500">
                {typeLabel(task.type)}
                {task.dueAt && <span className={cn(overdue && "font-medium text-red-700")}> · {overdue ? t("overdue") : t("due", { date: formatDateTime(task.dueAt, locale) })}</span>}
                {task.assignee && <span> · {task.assignee}</span>}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
