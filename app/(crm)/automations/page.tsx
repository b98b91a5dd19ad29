import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AutomationsIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Automations" };

export default function AutomationsPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Automations" description="Let Rapport do the busywork." />
      <Card>
        <EmptyState icon={<AutomationsIcon />} title="Automations will live here" description="Workflows that run on their own: when a deal changes stage, create a task, notify the owner or update fields." action={<Badge tone="accent">Coming soon</Badge>} />
      </Card>
    </div>
  );
}
