import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getT } from "@/components/i18n/server";
import { settingsMessages } from "@/components/settings/messages";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { AccountsIcon, BoardIcon, ChevronIcon, CodeIcon, ContactsIcon, DealsIcon, FiltersIcon, KeyIcon, SettingsIcon } from "@/components/ui/icons";
import { requirePageCtx } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(settingsMessages))("title") };
}

type Section = { href: string; title: string; description: string; icon: ReactNode };

export default async function SettingsPage() {
  const ctx = await requirePageCtx();
  const t = await getT(settingsMessages);
  const sections: Section[] = [
    { href: "/settings/pipelines", title: t("nav.pipelines"), description: t("card.pipelines"), icon: <BoardIcon /> },
    { href: "/settings/users", title: t("nav.users"), description: t("card.users"), icon: <ContactsIcon /> },
    { href: "/settings/custom-fields", title: t("nav.fields"), description: t("card.fields"), icon: <FiltersIcon /> },
    { href: "/settings/custom-labels", title: t("nav.labels"), description: t("card.labels"), icon: <SettingsIcon /> },
    { href: "/settings/franchises", title: t("nav.franchises"), description: t("card.franchises"), icon: <AccountsIcon /> },
    { href: "/settings/departments", title: t("nav.departments"), description: t("card.departments"), icon: <ContactsIcon /> },
    { href: "/settings/lead-sources", title: t("nav.leadSources"), description: t("card.leadSources"), icon: <DealsIcon /> },
    { href: "/settings/api-keys", title: t("nav.apiKeys"), description: t("card.apiKeys"), icon: <KeyIcon /> },
    { href: "/developers", title: t("nav.apiReference"), description: t("card.apiReference"), icon: <CodeIcon /> },
  ];
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t("general.workspace")} description={t("general.workspaceHint")} />
        <CardBody>
          <dl className="grid gap-4 sm:grid-cols-2">
            <div>
              <dt className="text-[12px] font-medium text-slate-500">{t("general.name")}</dt>
              <dd className="mt-1 font-medium text-slate-900">{ctx.tenantName}</dd>
            </div>
            <div>
              <dt className="text-[12px] font-medium text-slate-500">{t("general.you")}</dt>
              <dd className="mt-1 flex min-w-0 items-center gap-2">
                <Avatar name={ctx.name} seed={ctx.email} size="sm" />
                <span className="truncate text-slate-900">{ctx.name}</span>
                <Badge tone={ctx.role === "ADMIN" ? "accent" : "neutral"}>{t(`role.${ctx.role}`)}</Badge>
              </dd>
            </div>
          </dl>
        </CardBody>
      </Card>

      <nav aria-label={t("general.sections")}>
        <ul className="grid gap-3 sm:grid-cols-2">
          {sections.map((s) => (
            <li key={s.href}>
              <Link
                href={s.href}
                className="group flex h-full items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs transition-colors hover:border-indigo-300 hover:bg-indigo-50/30"
              >
                <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600 ring-1 ring-indigo-100">{s.icon}</span>
                <span className="min-w-0 flex-1">
                  <span className="block font-medium text-slate-900">{s.title}</span>
                  <span className="mt-0.5 block text-[13px] text-slate-500">{s.description}</span>
                </span>
                <ChevronIcon className="mt-2 size-4 shrink-0 text-slate-400 transition-transform group-hover:translate-x-0.5 rtl:-scale-x-100 rtl:group-hover:-translate-x-0.5" />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
