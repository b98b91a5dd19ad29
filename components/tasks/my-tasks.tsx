"use client";

import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { completeTaskAction, reopenTaskAction } from "@/app/(crm)/tasks/actions";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { activityKeys, taskKeys } from "@/components/query/keys";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon, TasksIcon } from "@/components/ui/icons";
import { inputClasses } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import type { RestTask } from "@/lib/http/serializers/tasks";
import { fetchOpenTasks, OPEN_PAGE_SIZE, type OpenTasksPage } from "./fetch";
import { groupTasks, TASK_GROUPS, type TaskGroup } from "./group";
import { taskMessages } from "./messages";
import { TaskDialog } from "./task-dialog";
import { TaskRow } from "./task-row";

type Pages = InfiniteData<OpenTasksPage, number>;
type Props = {
  assignee: string;
  initial: OpenTasksPage;
  timeZone: string;
  /** The server's clock when it rendered, so that the first paint groups like the server did. */
  renderedAt: string;
  /** Managers and admins may look at anyone's tasks. */
  users: { id: string; name: string }[] | null;
};

const GROUP_TONE: Record<TaskGroup, string> = { overdue: "text-red-700", today: "text-indigo-700", upcoming: "text-slate-700", noDate: "text-slate-500" };

/** Drops (or puts back) one task in the cached pages. */
const withoutTask = (data: Pages | undefined, id: string): Pages | undefined =>
  data && { ...data, pages: data.pages.map((p) => ({ ...p, data: p.data.filter((t) => t.id !== id), meta: { ...p.meta, total: p.meta.total - (p.data.some((t) => t.id === id) ? 1 : 0) } })) };

/**
 * "My tasks": open tasks grouped into overdue, today, upcoming and undated. Completing is one click and
 * optimistic: the task leaves the list at once, comes back with a message if the server refuses, and
 * can be undone for a few seconds.
 */
export function MyTasks({ assignee, initial, timeZone, renderedAt, users }: Props) {
  const t = useT(taskMessages);
  const explain = useFailureSentence();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const key = taskKeys.open(assignee);
  const [now, setNow] = useState(() => new Date(renderedAt));
  const [editing, setEditing] = useState<RestTask | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string; undo?: RestTask } | null>(null);

  // Regroup as time passes (a task due at 10:00 becomes overdue at 10:00).
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => fetchOpenTasks(assignee, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.meta.offset + last.data.length < last.meta.total ? last.meta.offset + OPEN_PAGE_SIZE : undefined),
    initialData: { pages: [initial], pageParams: [0] },
    refetchInterval: 60_000,
  });

  const complete = useMutation({
    mutationFn: async (task: RestTask) => {
      const res = await completeTaskAction(task.id);
      if (!res.ok) throw new Error(explain(res));
      return res.task;
    },
    onMutate: async (task) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Pages>(key);
      queryClient.setQueryData<Pages>(key, (data) => withoutTask(data, task.id));
      setNotice({ tone: "success", text: t("completed", { title: task.title }), undo: task });
      return { previous };
    },
    onError: (_error, task, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      setNotice({ tone: "error", text: t("completeFailed", { title: task.title }) });
    },
    onSettled: (_data, _error, task) => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      void queryClient.invalidateQueries({ queryKey: activityKeys.all });
      if (task.dealId) void queryClient.invalidateQueries({ queryKey: activityKeys.timeline("deal", task.dealId) });
    },
  });

  const undo = async (task: RestTask) => {
    setNotice(null);
    const res = await reopenTaskAction(task.id);
    if (!res.ok) setNotice({ tone: "error", text: t("reopenFailed", { title: task.title }) });
    void queryClient.invalidateQueries({ queryKey: taskKeys.all });
  };

  const tasks = (query.data?.pages ?? []).flatMap((p) => p.data);
  const groups = groupTasks(tasks, now, timeZone);
  const total = query.data?.pages.at(-1)?.meta.total ?? 0;

  const setAssignee = (value: string) => {
    const params = new URLSearchParams(value === "me" ? {} : { assignee: value });
    router.push(params.size ? `${pathname}?${params}` : pathname);
  };

  return (
    <div className="space-y-5">
      <PageHeader
        title={t("pageTitle")}
        description={t("pageDescription")}
        actions={
          <Button onClick={() => setCreating(true)}>
            <PlusIcon className="size-4" />
            {t("newTask")}
          </Button>
        }
      />

      <div className="flex flex-wrap items-center justify-between gap-3">
        {users ? (
          <div className="flex items-center gap-2">
            <label htmlFor="task-assignee-filter" className="whitespace-nowrap text-[13px] text-slate-600">
              {t("filter.label")}
            </label>
            <select id="task-assignee-filter" className={cn(inputClasses.replace("w-full", "w-48"), "h-8 pe-8 text-[13px]")} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
              <option value="me">{t("filter.mine")}</option>
              <option value="all">{t("filter.all")}</option>
              <optgroup label={t("filter.user")}>
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
        ) : (
          <span />
        )}
        <p className="text-[13px] text-slate-500" aria-live="polite">
          {t("count", { count: total })}
        </p>
      </div>

      {notice && (
        <Alert tone={notice.tone} className="flex flex-wrap items-center justify-between gap-2">
          <span>{notice.text}</span>
          {notice.undo && (
            <Button size="sm" variant="secondary" onClick={() => undo(notice.undo!)}>
              {t("undo")}
            </Button>
          )}
        </Alert>
      )}

      {query.isError && tasks.length === 0 ? (
        <Card>
          <div role="alert" className="flex flex-wrap items-center gap-3 px-5 py-6 text-[13px] text-red-700">
            {t("error.load")}
            <Button size="sm" variant="secondary" onClick={() => query.refetch()}>
              {t("retry")}
            </Button>
          </div>
        </Card>
      ) : tasks.length === 0 ? (
        <Card>
          <EmptyState
            icon={<TasksIcon />}
            title={t("empty.title")}
            description={t("empty.description")}
            action={
              <Button onClick={() => setCreating(true)}>
                <PlusIcon className="size-4" />
                {t("newTask")}
              </Button>
            }
          />
        </Card>
      ) : (
        <div className="space-y-5">
          {TASK_GROUPS.filter((g) => groups[g].length > 0).map((g) => (
            <section key={g} aria-labelledby={`tasks-${g}`} data-testid={`task-group-${g}`}>
              <h2 id={`tasks-${g}`} className={cn("mb-2 flex items-baseline gap-2 text-[13px] font-semibold uppercase tracking-wide", GROUP_TONE[g])}>
                {t(`group.${g}`)}
                <span className="font-normal text-slate-400 normal-case tracking-normal">{groups[g].length}</span>
              </h2>
              <Card>
                <ul className="divide-y divide-slate-100">
                  {groups[g].map((task) => (
                    <TaskRow key={task.id} task={task} group={g} timeZone={timeZone} showAssignee={assignee !== "me"} onComplete={() => complete.mutate(task)} onOpen={() => setEditing(task)} />
                  ))}
                </ul>
              </Card>
            </section>
          ))}
          {query.hasNextPage && (
            <div className="flex justify-center">
              <Button variant="secondary" onClick={() => query.fetchNextPage()} pending={query.isFetchingNextPage}>
                {t("loadMore")}
              </Button>
            </div>
          )}
        </div>
      )}
      {query.isFetching && !query.isFetchingNextPage && tasks.length === 0 && <Skeleton className="h-10 w-full" />}

      <TaskDialog open={creating} onClose={() => setCreating(false)} />
      <TaskDialog open={!!editing} task={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
