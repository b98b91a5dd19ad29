import type { Metadata } from "next";
import { PlaceholderPage, placeholderTitle } from "@/components/shell/placeholder-page";
import { TasksIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await placeholderTitle("tasks") };
}

export default function TasksPage() {
  return <PlaceholderPage section="tasks" icon={<TasksIcon />} />;
}
