import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TasksIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Tasks" };

export default function TasksPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Tasks" description="Calls, emails and meetings to follow up on." />
      <Card>
        <EmptyState icon={<TasksIcon />} title="Your to-do list will live here" description="Follow-ups due today, overdue and coming up, linked to the deals and people they are about." action={<Badge tone="accent">Coming soon</Badge>} />
      </Card>
    </div>
  );
}
