"use client";

import Link from "next/link";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import { languageName } from "@/components/format/language";
import { useLocale, useT } from "@/components/i18n/provider";
import type { CustomColumn } from "@/components/records/custom-columns";
import { recordMessages } from "@/components/records/messages";
import { RecordPage, useRecordSave } from "@/components/records/record-page";
import { RecordPicker } from "@/components/records/record-picker";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
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
  const locale = useLocale();
  const explain = useFailureSentence();
  const save = useRecordSave("contact", contact.id, update);
  const [linkError, setLinkError] = useState<string | null>(null);
  const setAccounts = async (accountIds: string[]) => {
    const result = await save({ accountIds });
    setLinkError(result.ok ? null : explain(result));
  };

  return (
    <RecordPage
      entity="contact"
      id={contact.id}
      listPath="/contacts"
      avatar={<Avatar name={contact.name || "?"} seed={contact.id} className="size-11 text-sm" />}
      title={contact.name || t("noName")}
      subtitle={[contact.jobTitle, contact.companyName].filter(Boolean).join(" · ") || contact.primaryEmail}
      ownerId={contact.ownerId}
      users={users}
      currentUserId={currentUserId}
      save={save}
      remove={{ label: t("deleteOne"), title: t("deleteTitle", { count: 1 }), body: t("deleteBody"), action: () => remove(contact.id) }}
      details={DETAILS.map(([field, type]) => ({ name: field, label: t(`field.${field}`), type, value: contact[field], display: field === "language" ? languageName(contact.language, locale) : undefined }))}
      customColumns={customColumns}
      customValues={contact.customFields}
      tasks={tasks}
      completeTask={completeTask}
      taskDefaults={{ contact: { id: contact.id, label: contact.name || contact.primaryEmail || "" } }}
      deals={deals}
      links={{
        title: t("accounts"),
        body: (
          <>
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
          </>
        ),
      }}
    />
  );
}
