import { RecordSkeleton } from "@/components/records/record-skeleton";

export default function Loading() {
  return <RecordSkeleton />;
}
