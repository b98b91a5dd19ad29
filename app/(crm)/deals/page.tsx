import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DealsIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Deals" };

export default function DealsPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Deals" description="Every opportunity your team is working on." />
      <Card>
        <EmptyState icon={<DealsIcon />} title="Deals will live here" description="A sortable, filterable list of every deal with its value, stage, owner and expected close date." action={<Badge tone="accent">Coming soon</Badge>} />
      </Card>
    </div>
  );
}
