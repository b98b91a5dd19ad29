import type { Metadata } from "next";
import { PlaceholderPage, placeholderTitle } from "@/components/shell/placeholder-page";
import { AccountsIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await placeholderTitle("accounts") };
}

export default function AccountsPage() {
  return <PlaceholderPage section="accounts" icon={<AccountsIcon />} />;
}
