import type { Metadata } from "next";
import { PlaceholderPage, placeholderTitle } from "@/components/shell/placeholder-page";
import { DealsIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await placeholderTitle("deals") };
}

export default function DealsPage() {
  return <PlaceholderPage section="deals" icon={<DealsIcon />} />;
}
