import type { Metadata } from "next";
import { AutomationList, NewAutomationButton } from "@/components/automations/automation-list";
import { automationMessages } from "@/components/automations/messages";
import { getT } from "@/components/i18n/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AutomationsIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";
import { isManager } from "@/lib/auth/permissions";
import { listAutomations } from "@/lib/automation/list";
import { createDraftAction, deleteAutomationAction, duplicateAutomationAction, saveAutomationAction } from "./actions";

export const metadata: Metadata = { title: "Automations" };

export default async function AutomationsPage() {
  const ctx = await requirePageCtx();
  const t = await getT(automationMessages);
  const list = await listAutomations({ ctx });
  const canEdit = isManager(ctx);
  const rows = list.map((a) => ({
    id: a.id,
    name: a.name,
    trigger: a.automationTrigger,
    isActive: a.isActive,
    lastRunAt: a.stats.lastRunAt?.toISOString() ?? null,
    lastRunStatus: a.stats.lastRunStatus,
    runCount: a.stats.runCount,
    errorCount: a.stats.errorCount,
  }));

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} actions={canEdit ? <NewAutomationButton create={createDraftAction} /> : undefined} />
      <Card>
        {rows.length === 0 ? (
          <EmptyState icon={<AutomationsIcon />} title={t("emptyTitle")} description={t("emptyBody")} action={canEdit ? <NewAutomationButton create={createDraftAction} /> : undefined} />
        ) : (
          <AutomationList rows={rows} canEdit={canEdit} setActive={saveAutomationAction} duplicate={duplicateAutomationAction} remove={deleteAutomationAction} />
        )}
      </Card>
    </div>
  );
}
