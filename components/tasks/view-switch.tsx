import Link from "next/link";
import { getT } from "@/components/i18n/server";
import { taskTableMessages } from "./table-messages";

/** "My tasks | All tasks": the to-do list (`/tasks`) and the table (`/tasks/all`). */
export async function TaskViewSwitch({ current }: { current: "mine" | "all" }) {
  const t = await getT(taskTableMessages);
  const tab = (view: "mine" | "all", href: string, label: string) => (
    <Link
      href={href}
      aria-current={current === view ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-[13px] font-medium ${current === view ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200" : "text-slate-600 hover:text-slate-900"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t("viewSwitch")} className="inline-flex gap-1 rounded-lg bg-slate-100 p-1">
      {tab("mine", "/tasks", t("myTasks"))}
      {tab("all", "/tasks/all", t("allTasks"))}
    </nav>
  );
}
