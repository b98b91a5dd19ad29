import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getT } from "@/components/i18n/server";
import { safeTimeZone, TIME_ZONE_COOKIE } from "@/components/tasks/group";
import { OPEN_PAGE_SIZE } from "@/components/tasks/fetch";
import { taskMessages } from "@/components/tasks/messages";
import { MyTasks } from "@/components/tasks/my-tasks";
import { TimeZoneSync } from "@/components/tasks/time-zone-sync";
import { TaskViewSwitch } from "@/components/tasks/view-switch";
import { isManager } from "@/lib/auth/permissions";
import { requirePageCtx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { restTask } from "@/lib/http/serializers/tasks";
import { listOwnerChoices } from "@/lib/users/summaries";
import { listTasks } from "@/lib/tasks/list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(taskMessages);
  return { title: t("pageTitle") };
}

/**
 * My tasks. `?assignee=all|<user id>` shows everyone's or one person's tasks, for managers and admins;
 * sales reps always see their own list here (every task stays readable on its record's page).
 */
export default async function TasksPage({ searchParams }: { searchParams: Promise<{ assignee?: string }> }) {
  const ctx = await requirePageCtx();
  const { assignee: wanted } = await searchParams;
  const manager = isManager(ctx);
  const assignee = manager && (wanted === "all" || isUuid(wanted)) ? wanted! : "me";
  const timeZone = safeTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  const query: Record<string, string> = { status: "open", sort: "dueAt", limit: String(OPEN_PAGE_SIZE), offset: "0" };
  if (assignee !== "all") query.assigneeId = assignee;
  const [page, users] = await Promise.all([listTasks({ ctx, query }), manager ? listOwnerChoices({ ctx }) : null]);

  return (
    <>
      <TimeZoneSync serverTimeZone={timeZone} />
      <div className="mb-4">
        <TaskViewSwitch current="mine" />
      </div>
      <MyTasks
        key={assignee}
        assignee={assignee}
        timeZone={timeZone}
        renderedAt={new Date().toISOString()}
        initial={{ data: page.data.map(restTask), meta: { total: page.total, limit: page.limit, offset: page.offset } }}
        users={users?.filter((u) => u.id !== ctx.userId).map((u) => ({ id: u.id, name: u.name })) ?? null}
      />
    </>
  );
}
