import type { EntityType } from "@/db/schema";
import type { ActivityPage } from "@/lib/http/serializers/activities";

/** One page of a record's timeline from GET /api/activities (the browser's session authenticates it). */
export async function fetchTimeline(entity: EntityType, recordId: string, cursor: string | null, limit = 30): Promise<ActivityPage> {
  const params = new URLSearchParams({ entity, recordId, limit: String(limit) });
  if (cursor) params.set("cursor", cursor);
  const res = await fetch(`/api/activities?${params}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`GET /api/activities answered ${res.status}`);
  return (await res.json()) as ActivityPage;
}
