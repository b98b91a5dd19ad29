import type { ReactNode } from "react";
import { getT } from "@/components/i18n/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageMessages } from "./page-messages";

export type PlaceholderSection = "board" | "deals" | "contacts" | "accounts" | "tasks" | "filters";

/** A section that is not built yet: its header and what it will hold, in the reader's language. */
export async function PlaceholderPage({ section, icon }: { section: PlaceholderSection; icon: ReactNode }) {
  const t = await getT(pageMessages);
  return (
    <div className="space-y-6">
      <PageHeader title={t(`${section}.title`)} description={t(`${section}.description`)} />
      <Card>
        <EmptyState icon={icon} title={t(`${section}.emptyTitle`)} description={t(`${section}.emptyDescription`)} action={<Badge tone="accent">{t("comingSoon")}</Badge>} />
      </Card>
    </div>
  );
}

export async function placeholderTitle(section: PlaceholderSection): Promise<string> {
  return (await getT(pageMessages))(`${section}.title`);
}
