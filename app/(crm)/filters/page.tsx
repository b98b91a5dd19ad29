import type { Metadata } from "next";
import { PlaceholderPage, placeholderTitle } from "@/components/shell/placeholder-page";
import { FiltersIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await placeholderTitle("filters") };
}

export default function FiltersPage() {
  return <PlaceholderPage section="filters" icon={<FiltersIcon />} />;
}
