"use client";

import Link from "next/link";
import { useT } from "@/components/i18n/provider";
import { InlineEdit } from "@/components/records/inline-edit";
import { recordMessages } from "@/components/records/messages";
import { RecordList, type RecordListProps } from "@/components/records/record-list";
import { SortHeader } from "@/components/records/sort-header";
import { Avatar } from "@/components/ui/avatar";
import { AccountsIcon } from "@/components/ui/icons";
import { TD, TH } from "@/components/ui/table";
import type { RestAccount } from "@/lib/http/openapi/rest-schemas";
import { accountMessages } from "./messages";

/** The account list: sortable columns, search, paging with the total, selection with bulk actions, edit in place. */
export function AccountsTable(props: RecordListProps<RestAccount>) {
  const t = useT(accountMessages);
  const r = useT(recordMessages);
  const save = (id: string, field: string) => (value: unknown) => props.actions.update(id, { [field]: value });

  return (
    <RecordList
      {...props}
      path="/accounts"
      label={t("title")}
      rowTestId="account-row"
      create={{
        buttonLabel: t("new"),
        title: t("createTitle"),
        description: t("createDescription"),
        done: t("created"),
        fields: [
          { name: "name", label: t("field.name"), autoFocus: true },
          { name: "industry", label: t("field.industry"), half: true },
          { name: "city", label: t("field.city"), half: true },
          { name: "website", label: t("field.website"), type: "url", half: true },
          { name: "primaryEmail", label: t("field.primaryEmail"), type: "email", half: true },
        ],
      }}
      empty={{ icon: <AccountsIcon />, title: t("emptyTitle"), description: t("emptyDescription") }}
      deleteTitle={(count) => t("deleteTitle", { count })}
      deleteBody={t("deleteBody")}
      bulkDoneText={(kind, count) => t(kind === "assign" ? "assignedMany" : "deletedMany", { count })}
      headers={
        <>
          <SortHeader field="name" current={props.sort}>
            {t("col.name")}
          </SortHeader>
          <SortHeader field="industry" current={props.sort}>
            {t("col.industry")}
          </SortHeader>
          <SortHeader field="city" current={props.sort}>
            {t("col.city")}
          </SortHeader>
          <TH>{t("col.contacts")}</TH>
        </>
      }
      cells={(a) => (
        <>
          <TD className="font-medium text-slate-900">
            <Link href={`/accounts/${a.id}`} className="flex items-center gap-2 hover:text-indigo-700 hover:underline">
              <Avatar name={a.name} seed={a.id} size="sm" className="rounded-md" />
              <span className="max-w-56 truncate" dir="auto">
                {a.name}
              </span>
            </Link>
          </TD>
          <TD className="max-w-48">
            <InlineEdit name="industry" label={t("field.industry")} value={a.industry} save={save(a.id, "industry")} />
          </TD>
          <TD className="max-w-40">
            <InlineEdit name="city" label={t("field.city")} value={a.city} save={save(a.id, "city")} />
          </TD>
          <TD>{a.contacts.length ? t("contactCount", { count: a.contacts.length }) : <span className="text-slate-400">{r("empty")}</span>}</TD>
        </>
      )}
    />
  );
}
