import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AccountsIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Accounts" };

export default function AccountsPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Accounts" description="The companies behind your deals." />
      <Card>
        <EmptyState icon={<AccountsIcon />} title="Your accounts will live here" description="Each company you do business with, its people, its open deals and everything that happened with it." action={<Badge tone="accent">Coming soon</Badge>} />
      </Card>
    </div>
  );
}
