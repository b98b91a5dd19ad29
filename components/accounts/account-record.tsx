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
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ChevronIcon } from "@/components/ui/icons";
import type { RelatedDeal } from "@/lib/deals/related";
import type { RestTask } from "@/lib/http/serializers/tasks";
import type { RestAccount } from "@/lib/http/openapi/rest-schemas";
import type { SearchResults } from "@/lib/search/global";
import type { UserSummary } from "@/lib/users/summaries";
import { accountMessages } from "./messages";

type Props = {
  account: RestAccount;
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
  ["name", "text"],
  ["industry", "text"],
  ["website", "url"],
  ["primaryEmail", "email"],
  ["workPhone", "tel"],
  ["address", "text"],
  ["postalCode", "text"],
  ["city", "text"],
  ["country", "text"],
] as const;

/** The account's page: details edited in place, owner, contacts (link/unlink, primary), deals and the timeline. */
export function AccountRecord({ account, deals, tasks, completeTask, users, currentUserId, customColumns, update, remove, search }: Props) {
  const t = useT(accountMessages);
  const r = useT(recordMessages);
  const explain = useFailureSentence();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [linkError, setLinkError] = useState<string | null>(null);

  const save = async (input: Record<string, unknown>) => {
    const result = await update(account.id, input);
    if (result.ok) {
      router.refresh();
      await queryClient.invalidateQueries({ queryKey: activityKeys.timeline("account", account.id) });
    }
    return result;
  };
  const setContacts = async (input: { contactIds: string[]; primaryContactId?: string | null }) => {
    const result = await save(input);
    setLinkError(result.ok ? null : explain(result));
  };

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start gap-4 border-b border-slate-200 pb-4">
        <Link href="/accounts" className="mt-1 text-slate-400 hover:text-slate-700" aria-label={r("back")}>
          <ChevronIcon className="size-5 -scale-x-100 rtl:scale-x-100" />
        </Link>
        <Avatar name={account.name} seed={account.id} className="size-11 rounded-lg text-sm" />
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-xl font-semibold tracking-tight text-slate-900">{account.name}</h1>
          <p className="mt-0.5 text-[13px] text-slate-500">{[account.industry, account.city].filter(Boolean).join(" · ")}</p>
        </div>
        <div className="flex items-center gap-2">
          <OwnerSelect value={account.ownerId} users={users} currentUserId={currentUserId} save={(ownerId) => save({ ownerId })} />
          <DeleteRecord label={t("deleteOne")} title={t("deleteTitle", { count: 1 })} body={t("deleteBody")} remove={() => remove(account.id)} listPath="/accounts" />
        </div>
      </div>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
        <div className="space-y-5">
          <Card>
            <CardHeader title={r("details")} />
            <CardBody>
              <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
                {DETAILS.map(([field, type]) => (
                  <EditableField key={field} name={field} label={t(`field.${field}`)} type={type} value={account[field]} save={(value) => save({ [field]: value })} />
                ))}
                <CustomFieldDetails columns={customColumns} values={account.customFields} save={save} />
              </dl>
            </CardBody>
          </Card>

          <Card>
            <CardHeader title={t("contacts")} />
            <CardBody className="space-y-3">
              {linkError && <Alert>{linkError}</Alert>}
              {account.contacts.length === 0 ? (
                <p className="text-[13px] text-slate-500">{t("noContacts")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {account.contacts.map((c) => (
                    <li key={c.id} className="flex items-center gap-2 py-1.5 text-[13px]">
                      <Avatar name={c.name || "?"} seed={c.id} size="sm" />
                      <span className="min-w-0 flex-1 truncate">
                        <Link href={`/contacts/${c.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                          {c.name}
                        </Link>
                        {c.primaryEmail && <span className="ms-2 text-slate-500">{c.primaryEmail}</span>}
                      </span>
                      {account.primaryContactId === c.id && <Badge tone="accent">{t("primary")}</Badge>}
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t("unlink", { name: c.name })}
                        onClick={() =>
                          setContacts({ contactIds: account.contactIds.filter((id) => id !== c.id), ...(account.primaryContactId === c.id ? { primaryContactId: null } : {}) })
                        }
                      >
                        {r("remove")}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
              <RecordPicker kind="contacts" label={t("linkContact")} placeholder={t("findContact")} exclude={account.contactIds} search={search} onPick={(hit) => setContacts({ contactIds: [...account.contactIds, hit.id] })} />
            </CardBody>
          </Card>

          <Card>
            <CardHeader title={r("tasks")} />
            <CardBody>
              <RecordTasks tasks={tasks} complete={completeTask} defaults={{ account: { id: account.id, label: account.name } }} />
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
            <Timeline entity="account" recordId={account.id} />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
