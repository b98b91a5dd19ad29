import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ContactsIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Contacts" };

export default function ContactsPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Contacts" description="The people you sell to." />
      <Card>
        <EmptyState icon={<ContactsIcon />} title="Your contacts will live here" description="Everyone you talk to, with their emails, phone numbers, account and the history of every conversation." action={<Badge tone="accent">Coming soon</Badge>} />
      </Card>
    </div>
  );
}
