import type { Edge, Node } from "@xyflow/react";
import type { Metadata } from "next";
import Link from "next/link";
import { FlowEditor } from "@/components/automations/flow-editor";
import { automationMessages } from "@/components/automations/messages";
import { RunHistory } from "@/components/automations/run-history";
import { getT } from "@/components/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";
import { orNotFound } from "@/lib/server/or-not-found";
import { isManager } from "@/lib/auth/permissions";
import { triggerRecordType } from "@/lib/automation/catalog";
import { editorOptions } from "@/lib/automation/editor-data";
import { getAutomation } from "@/lib/automation/list";
import { listRuns } from "@/lib/automation/list-runs";
import { automationRun } from "@/lib/http/serializers/automations";
import { listRunsAction, rerunAction, saveAutomationAction, testRunAction } from "../actions";

export const metadata: Metadata = { title: "Automation" };

export default async function AutomationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requirePageCtx();
  const t = await getT(automationMessages);
  const [a, options, runs] = await orNotFound(Promise.all([getAutomation({ ctx, id }), editorOptions({ ctx }), listRuns({ ctx, id, query: { limit: 30 } })]));
  const canEdit = isManager(ctx);
  const recordType = triggerRecordType(a.automationTrigger);

  return (
    <div className="space-y-6">
      <PageHeader
        title={a.name}
        description={
          <Link href="/automations" className="hover:text-indigo-600">
            ← {t("back")}
          </Link>
        }
      />
      <FlowEditor
        automation={{ id: a.id, name: a.name, isActive: a.isActive, nodes: a.nodes as Node[], edges: a.edges as Edge[], webhookSecret: canEdit ? a.webhookSecret : null }}
        options={options}
        canEdit={canEdit}
        save={saveAutomationAction}
      />
      <RunHistory nodes={a.nodes as { id: string; type?: string; data: Record<string, unknown> }[]} trigger={a.automationTrigger} fields={options.fields} initialRuns={runs.map(automationRun)} automationId={a.id} records={recordType === "deal" ? options.deals : []} needsRecord={recordType !== null} canEdit={canEdit} list={listRunsAction} test={testRunAction} rerun={rerunAction} />
    </div>
  );
}
