import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { BoardIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Board" };

export default function BoardPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Board" description="Your pipeline, stage by stage." />
      <Card>
        <EmptyState icon={<BoardIcon />} title="Your pipeline board is on its way" description="Every open deal as a card in its stage: drag a deal forward as it progresses and see each stage's value at a glance." action={<Badge tone="accent">Coming soon</Badge>} />
      </Card>
    </div>
  );
}
