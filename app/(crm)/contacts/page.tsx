import type { Metadata } from "next";
import { PlaceholderPage, placeholderTitle } from "@/components/shell/placeholder-page";
import { ContactsIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await placeholderTitle("contacts") };
}

export default function ContactsPage() {
  return <PlaceholderPage section="contacts" icon={<ContactsIcon />} />;
}
