"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { formatDateTime } from "@/components/format/date";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useLocale, useT } from "@/components/i18n/provider";
import { TaskDialog, type TaskDialogDefaults } from "@/components/tasks/task-dialog";
import { taskMessages } from "@/components/tasks/messages";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { OneLine } from "@/components/ui/bidi-text";
import { Button } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons";
import type { RestTask } from "@/lib/http/serializers/tasks";
import { useTaskTypeLabel } from "@/components/tasks/task-type";
import { recordMessages } from "./messages";
import { checkboxClasses } from "./selection";

/**
 * The open tasks of a contact or an account: complete with one click (the task leaves the list at once
 * and comes back with a message if the server refuses), open one to edit it, or create one already
 * linked to the record (the task dialog of components/tasks).
 */
export function RecordTasks({ tasks, defaults, complete }: { tasks: RestTask[]; defaults: TaskDialogDefaults; complete: (id: string) => Promise<ActionResult> }) {
  const r = useT(recordMessages);
  const t = useT(taskMessages);
  const typeLabel = useTaskTypeLabel();
  const explain = useFailureSentence();
  const locale = useLocale();
  const router = useRouter();
  const [done, setDone] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<RestTask | null | "new">(null);
  const open = tasks.filter((task) => !done.includes(task.id));
  // The render time, fixed for this mount (a render must not read the clock).
  const [now] = useState(() => Date.now());

  return (
    <div className="space-y-3">
      {error && <Alert>{error}</Alert>}
      {open.length === 0 ? (
        <p className="text-[13px] text-slate-500">{r("noTasks")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {open.map((task) => {
            const overdue = task.dueAt !== null && new Date(task.dueAt).getTime() < now;
            return (
              <li key={task.id} className="flex items-center gap-2.5 py-1.5 text-[13px]" data-testid="record-task">
                <input
                  type="checkbox"
                  className={checkboxClasses}
                  aria-label={r("completeTask", { title: task.title })}
                  onChange={async () => {
                    setDone((d) => [...d, task.id]);
                    const result = await complete(task.id);
                    if (result.ok) {
                      setError(null);
                      router.refresh();
                    } else {
                      setDone((d) => d.filter((id) => id !== task.id));
                      setError(explain(result));
                    }
                  }}
                />
                <button type="button" onClick={() => setEditing(task)} className="min-w-0 flex-1 text-start font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                  <OneLine>{task.title}</OneLine>
                </button>
                <Badge>{typeLabel(task.type)}</Badge>
                {task.dueAt && (
                  <time dateTime={task.dueAt} className={`tabular-nums ${overdue ? "font-medium text-red-600" : "text-slate-500"}`}>
                    {formatDateTime(task.dueAt, locale)}
                  </time>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Button size="sm" variant="secondary" onClick={() => setEditing("new")}>
        <PlusIcon className="size-4" />
        {t("newTask")}
      </Button>
      <TaskDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        task={editing === "new" ? null : editing}
        defaults={defaults}
        onSaved={() => {
          setEditing(null);
          router.refresh();
        }}
        onDeleted={() => {
          setEditing(null);
          router.refresh();
        }}
      />
    </div>
  );
}
