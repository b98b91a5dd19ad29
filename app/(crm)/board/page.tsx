import type { Metadata } from "next";
import { PlaceholderPage, placeholderTitle } from "@/components/shell/placeholder-page";
import { BoardIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await placeholderTitle("board") };
}

export default function BoardPage() {
  return <PlaceholderPage section="board" icon={<BoardIcon />} />;
}
