"use client";

import Link from "next/link";
import { useT } from "@/components/i18n/provider";
import { InlineEdit } from "@/components/records/inline-edit";
import { recordMessages } from "@/components/records/messages";
import { RecordList, type RecordListProps } from "@/components/records/record-list";
import { SortHeader } from "@/components/records/sort-header";
import { Avatar } from "@/components/ui/avatar";
import { ContactsIcon } from "@/components/ui/icons";
import { TD, TH } from "@/components/ui/table";
import type { RestContact } from "@/lib/http/openapi/rest-schemas";
import { contactMessages } from "./messages";

/** The contact list: sortable columns, search, paging with the total, selection with bulk actions, edit in place. */
export function ContactsTable(props: RecordListProps<RestContact>) {
  const t = useT(contactMessages);
  const r = useT(recordMessages);
  const save = (id: string, field: string) => (value: unknown) => props.actions.update(id, { [field]: value });

  return (
    <RecordList
      {...props}
      path="/contacts"
      label={t("title")}
      rowTestId="contact-row"
      create={{
        buttonLabel: t("new"),
        title: t("createTitle"),
        description: t("createDescription"),
        done: t("created"),
        fields: [
          { name: "firstName", label: t("field.firstName"), autoFocus: true, half: true },
          { name: "lastName", label: t("field.lastName"), half: true },
          { name: "primaryEmail", label: t("field.primaryEmail"), type: "email" },
          { name: "mobilePhone", label: t("field.mobilePhone"), type: "tel", half: true },
          { name: "companyName", label: t("field.companyName"), half: true },
          { name: "jobTitle", label: t("field.jobTitle") },
        ],
      }}
      empty={{ icon: <ContactsIcon />, title: t("emptyTitle"), description: t("emptyDescription") }}
      deleteTitle={(count) => t("deleteTitle", { count })}
      deleteBody={t("deleteBody")}
      bulkDoneText={(kind, count) => t(kind === "assign" ? "assignedMany" : "deletedMany", { count })}
      headers={
        <>
          <SortHeader field="name" current={props.sort}>
            {t("col.name")}
          </SortHeader>
          <SortHeader field="primaryEmail" current={props.sort}>
            {t("col.email")}
          </SortHeader>
          <TH>{t("col.phone")}</TH>
          <SortHeader field="companyName" current={props.sort}>
            {t("col.company")}
          </SortHeader>
          <TH>{t("col.accounts")}</TH>
        </>
      }
      cells={(c) => (
        <>
          <TD className="font-medium text-slate-900">
            <Link href={`/contacts/${c.id}`} className="flex items-center gap-2 hover:text-indigo-700 hover:underline">
              <Avatar name={c.name || "?"} seed={c.id} size="sm" />
              <span className="max-w-52 truncate" dir="auto">
                {c.name || t("noName")}
              </span>
            </Link>
          </TD>
          <TD className="max-w-64">
            <InlineEdit name="primaryEmail" label={t("field.primaryEmail")} type="email" value={c.primaryEmail} save={save(c.id, "primaryEmail")} />
          </TD>
          <TD>
            {c.mobilePhone || !c.workPhone ? (
              <InlineEdit name="mobilePhone" label={t("field.mobilePhone")} type="tel" value={c.mobilePhone} save={save(c.id, "mobilePhone")} />
            ) : (
              <InlineEdit name="workPhone" label={t("field.workPhone")} type="tel" value={c.workPhone} save={save(c.id, "workPhone")} />
            )}
          </TD>
          <TD className="max-w-48">
            <InlineEdit name="companyName" label={t("field.companyName")} value={c.companyName} save={save(c.id, "companyName")} />
          </TD>
          <TD className="max-w-56 truncate">
            {c.accounts.length === 0 ? (
              <span className="text-slate-400">{r("empty")}</span>
            ) : (
              c.accounts.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ", "}
                  <Link href={`/accounts/${a.id}`} className="hover:text-indigo-700 hover:underline">
                    {a.name}
                  </Link>
                </span>
              ))
            )}
          </TD>
        </>
      )}
    />
  );
}
