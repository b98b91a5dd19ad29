"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { activityKeys } from "@/components/query/keys";
import { CustomFieldDetails, type CustomColumn } from "@/components/records/custom-values";
import { DeleteRecord } from "@/components/records/delete-record";
import { EditableField } from "@/components/records/inline-edit";
import { recordMessages } from "@/components/records/messages";
import { OwnerSelect } from "@/components/records/owner-select";
import { RecordPicker } from "@/components/records/record-picker";
import { RecordTasks } from "@/components/records/record-tasks";
import { RelatedDeals } from "@/components/records/related-deals";
import { Timeline } from "@/components/timeline/timeline";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ChevronIcon } from "@/components/ui/icons";
import type { RelatedDeal } from "@/lib/deals/related";
import type { RestTask } from "@/lib/http/serializers/tasks";
import type { RestContact } from "@/lib/http/openapi/rest-schemas";
import type { SearchResults } from "@/lib/search/global";
import type { UserSummary } from "@/lib/users/summaries";
import { contactMessages } from "./messages";

type Props = {
  contact: RestContact;
  deals: RelatedDeal[];
  tasks: RestTask[];
  completeTask: (id: string) => Promise<ActionResult>;
  users: UserSummary[];
  currentUserId: string;
  customColumns: CustomColumn[];
  update: (id: string, input: Record<string, unknown>) => Promise<ActionResult>;
  remove: (id: string) => Promise<ActionResult>;
  search: (q: string) => Promise<ActionResult<{ results: SearchResults }>>;
};

const DETAILS = [
  ["firstName", "text"],
  ["lastName", "text"],
  ["primaryEmail", "email"],
  ["secondaryEmail", "email"],
  ["mobilePhone", "tel"],
  ["workPhone", "tel"],
  ["homePhone", "tel"],
  ["companyName", "text"],
  ["jobTitle", "text"],
  ["civility", "text"],
  ["address", "text"],
  ["postalCode", "text"],
  ["city", "text"],
  ["country", "text"],
  ["language", "text"],
] as const;

/** The contact's page: details edited in place, owner, accounts (link/unlink), deals and the timeline. */
export function ContactRecord({ contact, deals, tasks, completeTask, users, currentUserId, customColumns, update, remove, search }: Props) {
  const t = useT(contactMessages);
  const r = useT(recordMessages);
  const explain = useFailureSentence();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [linkError, setLinkError] = useState<string | null>(null);

  /** Saves, then refreshes the page's data and the timeline so the change shows there at once. */
  const save = async (input: Record<string, unknown>) => {
    const result = await update(contact.id, input);
    if (result.ok) {
      router.refresh();
      await queryClient.invalidateQueries({ queryKey: activityKeys.timeline("contact", contact.id) });
    }
    return result;
  };
  const setAccounts = async (accountIds: string[]) => {
    const result = await save({ accountIds });
    setLinkError(result.ok ? null : explain(result));
  };

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start gap-4 border-b border-slate-200 pb-4">
        <Link href="/contacts" className="mt-1 text-slate-400 hover:text-slate-700" aria-label={r("back")}>
          <ChevronIcon className="size-5 -scale-x-100 rtl:scale-x-100" />
        </Link>
        <Avatar name={contact.name || "?"} seed={contact.id} className="size-11 text-sm" />
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-xl font-semibold tracking-tight text-slate-900">{contact.name || t("noName")}</h1>
          <p className="mt-0.5 text-[13px] text-slate-500">{[contact.jobTitle, contact.companyName].filter(Boolean).join(" · ") || contact.primaryEmail}</p>
        </div>
        <div className="flex items-center gap-2">
          <OwnerSelect value={contact.ownerId} users={users} currentUserId={currentUserId} save={(ownerId) => save({ ownerId })} />
          <DeleteRecord label={t("deleteOne")} title={t("deleteTitle", { count: 1 })} body={t("deleteBody")} remove={() => remove(contact.id)} listPath="/contacts" />
        </div>
      </div>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
        <div className="space-y-5">
          <Card>
            <CardHeader title={r("details")} />
            <CardBody>
              <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
                {DETAILS.map(([field, type]) => (
                  <EditableField key={field} name={field} label={t(`field.${field}`)} type={type} value={contact[field]} save={(value) => save({ [field]: value })} />
                ))}
                <CustomFieldDetails columns={customColumns} values={contact.customFields} save={save} />
              </dl>
            </CardBody>
          </Card>

          <Card>
            <CardHeader title={t("accounts")} />
            <CardBody className="space-y-3">
              {linkError && <Alert>{linkError}</Alert>}
              {contact.accounts.length === 0 ? (
                <p className="text-[13px] text-slate-500">{t("noAccounts")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {contact.accounts.map((a) => (
                    <li key={a.id} className="flex items-center gap-2 py-1.5 text-[13px]">
                      <Avatar name={a.name} seed={a.id} size="sm" className="rounded-md" />
                      <Link href={`/accounts/${a.id}`} className="min-w-0 flex-1 truncate font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                        {a.name}
                      </Link>
                      <Button size="sm" variant="ghost" aria-label={t("unlink", { name: a.name })} onClick={() => setAccounts(contact.accountIds.filter((id) => id !== a.id))}>
                        {r("remove")}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
              <RecordPicker kind="accounts" label={t("linkAccount")} placeholder={t("findAccount")} exclude={contact.accountIds} search={search} onPick={(hit) => setAccounts([...contact.accountIds, hit.id])} />
            </CardBody>
          </Card>

          <Card>
            <CardHeader title={r("tasks")} />
            <CardBody>
              <RecordTasks tasks={tasks} complete={completeTask} defaults={{ contact: { id: contact.id, label: contact.name || contact.primaryEmail || "" } }} />
            </CardBody>
          </Card>

          <Card>
            <CardHeader title={r("deals")} />
            <CardBody>
              <RelatedDeals deals={deals} />
            </CardBody>
          </Card>
        </div>

        <Card>
          <CardBody>
            <Timeline entity="contact" recordId={contact.id} />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
