import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FiltersIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Filters" };

export default function FiltersPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Filters" description="Saved views of your data." />
      <Card>
        <EmptyState icon={<FiltersIcon />} title="Saved filters will live here" description="Build a filter once, such as open deals over 10k closing this month, and reuse it on the board and in lists." action={<Badge tone="accent">Coming soon</Badge>} />
      </Card>
    </div>
  );
}
