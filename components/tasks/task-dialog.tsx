"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, useTransition, type FormEvent } from "react";
import { assigneesAction, createTaskAction, deleteTaskAction, updateTaskAction } from "@/app/(crm)/tasks/actions";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { activityKeys, taskKeys } from "@/components/query/keys";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { inputClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TaskType } from "@/db/schema";
import type { RestTask } from "@/lib/http/serializers/tasks";
import { LinkPicker, type PickedLink } from "./link-picker";
import { taskMessages } from "./messages";
import { TASK_TYPES } from "./types";

export type TaskDialogDefaults = { contact?: PickedLink; account?: PickedLink; deal?: PickedLink; assigneeId?: string; type?: TaskType };

type Props = {
  open: boolean;
  onClose: () => void;
  /** The task to edit; without it the dialog creates one. */
  task?: RestTask | null;
  /** Prefilled links for a new task (a deal page passes its deal, contact and account). */
  defaults?: TaskDialogDefaults;
  onSaved?: (task: RestTask) => void;
  onDeleted?: (id: string) => void;
};

const pad = (n: number) => String(n).padStart(2, "0");
/** The local calendar date and time of an instant, as <input type="date"> and <input type="time"> want them. */
function localParts(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: "", time: "" };
  const d = new Date(iso);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}
/** A new task is due at the next full hour, today (or tomorrow morning late in the evening). */
function defaultDue(): { date: string; time: string } {
  const d = new Date();
  d.setMinutes(0, 0, 0);
  d.setHours(d.getHours() + 1);
  if (d.getHours() >= 22 || d.getHours() < 7) {
    if (d.getHours() >= 22) d.setDate(d.getDate() + 1);
    d.setHours(9);
  }
  return localParts(d.toISOString());
}

const selectClasses = cn(inputClasses, "mt-1.5 pe-8");
const ERROR_KEYS: Record<string, "err.title" | "err.dueAt" | "err.ref" | "err.note"> = {
  title: "err.title",
  dueAt: "err.dueAt",
  startAt: "err.dueAt",
  note: "err.note",
  assigneeId: "err.ref",
  contactId: "err.ref",
  accountId: "err.ref",
  dealId: "err.ref",
};

/**
 * Create or edit a task: type, title, due date and time, assignee, links to a contact, an account and a
 * deal (searchable), note. Exported for the record pages: mount it with `defaults` for their record.
 */
export function TaskDialog(props: Props) {
  // Mounted only while open, so that each opening starts from the task or the defaults.
  return props.open ? <TaskForm {...props} /> : null;
}

function TaskForm({ onClose, task, defaults, onSaved, onDeleted }: Props) {
  const t = useT(taskMessages);
  const explain = useFailureSentence();
  const queryClient = useQueryClient();
  const editing = !!task;
  const due = task ? localParts(task.dueAt) : defaultDue();
  const [type, setType] = useState<TaskType>(task?.type ?? defaults?.type ?? "CALL");
  const [title, setTitle] = useState(task?.title ?? "");
  const [date, setDate] = useState(due.date);
  const [time, setTime] = useState(due.time);
  const [assigneeId, setAssigneeId] = useState<string | null>(task ? task.assigneeId : (defaults?.assigneeId ?? null));
  const [contact, setContact] = useState<PickedLink>(task?.contact ? { id: task.contact.id, label: task.contact.name } : (defaults?.contact ?? null));
  const [account, setAccount] = useState<PickedLink>(task?.account ? { id: task.account.id, label: task.account.name } : (defaults?.account ?? null));
  const [deal, setDeal] = useState<PickedLink>(task?.deal ? { id: task.deal.id, label: task.deal.name } : (defaults?.deal ?? null));
  const [note, setNote] = useState(task?.note ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [pending, startTransition] = useTransition();

  const people = useQuery({
    queryKey: taskKeys.assignees(),
    queryFn: async () => {
      const res = await assigneesAction();
      if (!res.ok) throw new Error(explain(res));
      return res;
    },
    staleTime: 60_000,
  });
  // A new task goes to the person creating it unless they pick someone else.
  const assignee = assigneeId ?? (editing ? "" : (people.data?.me ?? ""));

  const fieldError = (field: string) => (errors[field] ? t(ERROR_KEYS[field] ?? "err.generic") : null);

  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: taskKeys.all });
    void queryClient.invalidateQueries({ queryKey: activityKeys.all });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = "is required";
    if (time && !date) local.dueAt = "needs a date";
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    const dueAt = date ? new Date(`${date}T${time || "09:00"}`).toISOString() : null;
    const body = { type, title, note: note || null, dueAt, assigneeId: assignee || null, contactId: contact?.id ?? null, accountId: account?.id ?? null, dealId: deal?.id ?? null };
    startTransition(async () => {
      const res = task ? await updateTaskAction(task.id, body) : await createTaskAction(body);
      if (!res.ok) {
        setErrors(res.fields);
        setFailure(t("saveFailed"));
        return;
      }
      refreshLists();
      onSaved?.(res.task);
      onClose();
    });
  };

  const remove = () => {
    if (!task) return;
    startTransition(async () => {
      const res = await deleteTaskAction(task.id);
      if (!res.ok) {
        setFailure(t("deleteFailed"));
        return;
      }
      refreshLists();
      onDeleted?.(task.id);
      onClose();
    });
  };

  const footer = (
    <>
      {editing &&
        (confirmDelete ? (
          <Button variant="danger" className="me-auto" onClick={remove} pending={pending}>
            {t("deleteConfirm")}
          </Button>
        ) : (
          <Button variant="ghost-danger" className="me-auto" onClick={() => setConfirmDelete(true)} disabled={pending}>
            {t("delete")}
          </Button>
        ))}
      <Button variant="secondary" onClick={onClose} disabled={pending}>
        {t("cancel")}
      </Button>
      <Button type="submit" form="task-form" pending={pending}>
        {editing ? t("save") : t("create")}
      </Button>
    </>
  );

  return (
    <Dialog open onClose={onClose} title={editing ? t("dialog.edit") : t("dialog.create")} description={t("dialog.description")} footer={footer} className="max-w-xl">
      <form id="task-form" onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
        {failure && (
          <Alert className="sm:col-span-2" tone="error">
            {failure}
          </Alert>
        )}
        <div className="sm:col-span-2">
          <Label htmlFor="task-title">{t("field.title")}</Label>
          <input
            id="task-title"
            name="title"
            className={cn(inputClasses, "mt-1.5")}
            value={title}
            maxLength={255}
            placeholder={t("field.titlePlaceholder")}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? "task-title-error" : undefined}
            autoFocus
          />
          <FieldError id="task-title-error" message={fieldError("title")} />
        </div>
        <div>
          <Label htmlFor="task-type">{t("field.type")}</Label>
          <select id="task-type" className={selectClasses} value={type} onChange={(e) => setType(e.target.value as TaskType)}>
            {TASK_TYPES.map((k) => (
              <option key={k} value={k}>
                {t(`type.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <Label htmlFor="task-assignee">{t("field.assignee")}</Label>
          <select
            id="task-assignee"
            className={selectClasses}
            value={assignee}
            onChange={(e) => setAssigneeId(e.target.value)}
            aria-invalid={errors.assigneeId ? true : undefined}
            disabled={people.isPending}
          >
            <option value="">{t("unassigned")}</option>
            {(people.data?.users ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <FieldError id="task-assignee-error" message={fieldError("assigneeId")} />
        </div>
        <div>
          <Label htmlFor="task-date">{t("field.dueDate")}</Label>
          <input
            id="task-date"
            type="date"
            className={cn(inputClasses, "mt-1.5")}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={errors.dueAt ? true : undefined}
            aria-describedby={errors.dueAt ? "task-date-error" : undefined}
          />
          <FieldError id="task-date-error" message={fieldError("dueAt")} />
        </div>
        <div>
          <Label htmlFor="task-time">{t("field.dueTime")}</Label>
          <input id="task-time" type="time" className={cn(inputClasses, "mt-1.5")} value={time} onChange={(e) => setTime(e.target.value)} />
        </div>
        <LinkPicker kind="contact" label={t("field.contact")} value={contact} onChange={setContact} error={fieldError("contactId")} />
        <LinkPicker kind="account" label={t("field.account")} value={account} onChange={setAccount} error={fieldError("accountId")} />
        <div className="sm:col-span-2">
          <LinkPicker kind="deal" label={t("field.deal")} value={deal} onChange={setDeal} error={fieldError("dealId")} />
        </div>
        <div className="sm:col-span-2">
          <Label htmlFor="task-note">{t("field.note")}</Label>
          <textarea
            id="task-note"
            rows={3}
            className={cn(inputClasses, "mt-1.5 h-auto py-2")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={errors.note ? true : undefined}
          />
          <FieldError id="task-note-error" message={fieldError("note")} />
        </div>
      </form>
    </Dialog>
  );
}
