"use client";

import Link from "next/link";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import type { CustomColumn } from "@/components/records/custom-columns";
import { recordMessages } from "@/components/records/messages";
import { RecordPage, useRecordSave } from "@/components/records/record-page";
import { RecordPicker } from "@/components/records/record-picker";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
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
  const save = useRecordSave("account", account.id, update);
  const [linkError, setLinkError] = useState<string | null>(null);
  const setContacts = async (input: { contactIds: string[]; primaryContactId?: string | null }) => {
    const result = await save(input);
    setLinkError(result.ok ? null : explain(result));
  };

  return (
    <RecordPage
      entity="account"
      id={account.id}
      listPath="/accounts"
      avatar={<Avatar name={account.name} seed={account.id} className="size-11 rounded-lg text-sm" />}
      title={account.name}
      subtitle={[account.industry, account.city].filter(Boolean).join(" · ")}
      ownerId={account.ownerId}
      users={users}
      currentUserId={currentUserId}
      save={save}
      remove={{ label: t("deleteOne"), title: t("deleteTitle", { count: 1 }), body: t("deleteBody"), action: () => remove(account.id) }}
      details={DETAILS.map(([field, type]) => ({ name: field, label: t(`field.${field}`), type, value: account[field] }))}
      customColumns={customColumns}
      customValues={account.customFields}
      tasks={tasks}
      completeTask={completeTask}
      taskDefaults={{ account: { id: account.id, label: account.name } }}
      deals={deals}
      links={{
        title: t("contacts"),
        body: (
          <>
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
                      onClick={() => setContacts({ contactIds: account.contactIds.filter((id) => id !== c.id), ...(account.primaryContactId === c.id ? { primaryContactId: null } : {}) })}
                    >
                      {r("remove")}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <RecordPicker kind="contacts" label={t("linkContact")} placeholder={t("findContact")} exclude={account.contactIds} search={search} onPick={(hit) => setContacts({ contactIds: [...account.contactIds, hit.id] })} />
          </>
        ),
      }}
    />
  );
}
