import type { ReactNode } from "react";
import { getT } from "@/components/i18n/server";
import { settingsMessages } from "@/components/settings/messages";
import { SubNav } from "@/components/shell/sub-nav";
import { PageHeader } from "@/components/ui/page-header";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const t = await getT(settingsMessages);
  const items = [
    { href: "/settings", label: t("nav.general"), exact: true },
    { href: "/settings/pipelines", label: t("nav.pipelines") },
    { href: "/settings/users", label: t("nav.users") },
    { href: "/settings/custom-fields", label: t("nav.fields") },
    { href: "/settings/custom-labels", label: t("nav.labels") },
    { href: "/settings/franchises", label: t("nav.franchises") },
    { href: "/settings/departments", label: t("nav.departments") },
    { href: "/settings/lead-sources", label: t("nav.leadSources") },
    { href: "/settings/api-keys", label: t("nav.apiKeys") },
    { href: "/developers", label: t("nav.apiReference") },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6 lg:flex-row lg:gap-8">
        <aside className="lg:w-48 lg:shrink-0">
          <SubNav label={t("nav.label")} items={items} />
        </aside>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </div>
  );
}
