import type { ReactNode } from "react";
import { SubNav } from "@/components/shell/sub-nav";
import { PageHeader } from "@/components/ui/page-header";

const ITEMS = [
  { href: "/settings", label: "General", exact: true },
  { href: "/settings/api-keys", label: "API keys" },
];

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6">
      <PageHeader title="Settings" description="Your workspace and how other tools connect to it." />
      <div className="flex flex-col gap-6 lg:flex-row lg:gap-8">
        <aside className="lg:w-44 lg:shrink-0">
          <SubNav label="Settings" items={ITEMS} />
        </aside>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </div>
  );
}
