"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useT } from "@/components/i18n/provider";
import { activityKeys } from "@/components/query/keys";
import type { TaskDialogDefaults } from "@/components/tasks/task-dialog";
import { Timeline } from "@/components/timeline/timeline";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ChevronIcon } from "@/components/ui/icons";
import type { RelatedDeal } from "@/lib/deals/related";
import type { RestTask } from "@/lib/http/serializers/tasks";
import type { UserSummary } from "@/lib/users/summaries";
import type { CustomColumn } from "./custom-columns";
import { CustomFieldDetails } from "./custom-values";
import { DeleteRecord } from "./delete-record";
import { EditableField, type EditType } from "./inline-edit";
import { recordMessages } from "./messages";
import { OwnerSelect } from "./owner-select";
import { RecordTasks } from "./record-tasks";
import { RelatedDeals } from "./related-deals";

export type Save = (input: Record<string, unknown>) => Promise<ActionResult>;

/** Saves a change of the record, then refreshes the page's data and its timeline so the change shows at once. */
export function useRecordSave(entity: "contact" | "account", id: string, update: (id: string, input: Record<string, unknown>) => Promise<ActionResult>): Save {
  const router = useRouter();
  const queryClient = useQueryClient();
  return async (input) => {
    const result = await update(id, input);
    if (result.ok) {
      router.refresh();
      await queryClient.invalidateQueries({ queryKey: activityKeys.timeline(entity, id) });
    }
    return result;
  };
}

type Props = {
  entity: "contact" | "account";
  id: string;
  listPath: string;
  avatar: ReactNode;
  title: string;
  subtitle: string | null;
  ownerId: string | null;
  users: UserSummary[];
  currentUserId: string;
  save: Save;
  remove: { label: string; title: string; body: string; action: () => Promise<ActionResult> };
  /** The record's own fields, in order, each edited in place. */
  /** `display`: how the value reads when it is not shown as typed (a language code by its name). */
  details: { name: string; label: string; type: EditType; value: string | null; display?: ReactNode }[];
  customColumns: CustomColumn[];
  customValues: Record<string, unknown>;
  /** The card of linked records (a contact's accounts, an account's contacts). */
  links: { title: string; body: ReactNode };
  tasks: RestTask[];
  completeTask: (id: string) => Promise<ActionResult>;
  taskDefaults: TaskDialogDefaults;
  deals: RelatedDeal[];
};

/**
 * A contact's or an account's page: header with avatar, name, owner and delete; details (custom fields
 * included) edited in place; linked records; open tasks; deals; and the timeline beside them.
 */
export function RecordPage(p: Props) {
  const r = useT(recordMessages);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start gap-4 border-b border-slate-200 pb-4">
        <Link href={p.listPath} className="mt-1 text-slate-400 hover:text-slate-700" aria-label={r("back")}>
          <ChevronIcon className="size-5 -scale-x-100 rtl:scale-x-100" />
        </Link>
        {p.avatar}
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-xl font-semibold tracking-tight text-slate-900">{p.title}</h1>
          {p.subtitle && <p className="mt-0.5 text-[13px] text-slate-500">{p.subtitle}</p>}
        </div>
        <div className="flex items-center gap-2">
          <OwnerSelect value={p.ownerId} users={p.users} currentUserId={p.currentUserId} save={(ownerId) => p.save({ ownerId })} />
          <DeleteRecord label={p.remove.label} title={p.remove.title} body={p.remove.body} remove={p.remove.action} listPath={p.listPath} />
        </div>
      </div>

      <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
        <div className="space-y-5">
          <Card>
            <CardHeader title={r("details")} />
            <CardBody>
              <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
                {p.details.map((f) => (
                  <EditableField key={f.name} name={f.name} label={f.label} type={f.type} value={f.value} display={f.display} save={(value) => p.save({ [f.name]: value })} />
                ))}
                <CustomFieldDetails columns={p.customColumns} values={p.customValues} save={p.save} />
              </dl>
            </CardBody>
          </Card>

          <Card>
            <CardHeader title={p.links.title} />
            <CardBody className="space-y-3">{p.links.body}</CardBody>
          </Card>

          <Card>
            <CardHeader title={r("tasks")} />
            <CardBody>
              <RecordTasks tasks={p.tasks} complete={p.completeTask} defaults={p.taskDefaults} />
              <Link href={`/tasks/all?${new URLSearchParams({ [p.entity]: p.id, status: "all" })}`} className="mt-3 inline-block text-[13px] font-medium text-indigo-700 hover:underline">
                {r("allTasks")}
              </Link>
            </CardBody>
          </Card>

          <Card>
            <CardHeader title={r("deals")} />
            <CardBody>
              <RelatedDeals deals={p.deals} />
            </CardBody>
          </Card>
        </div>

        <Card>
          <CardBody>
            <Timeline entity={p.entity} recordId={p.id} />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
