import { z } from "zod";
import { entityTypes } from "@/db/schema";
import type { TimelinePage } from "@/lib/activity/list";

/** A timeline entry in the REST surface (camelCase, like every endpoint beyond the documents). */
export const ActivityEntry = z.object({
  id: z.uuid(),
  entity: z.enum(entityTypes),
  recordId: z.uuid(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  note: z.string().nullable(),
  via: z.string(),
  at: z.string(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});

export const ActivityPage = z.object({
  data: z.array(ActivityEntry),
  meta: z.object({ limit: z.number().int(), nextCursor: z.string().nullable() }),
  labels: z.record(z.string(), z.string()),
});
export type ActivityPage = z.infer<typeof ActivityPage>;

export const activityPage = (page: TimelinePage): ActivityPage => ({
  data: page.entries,
  meta: { limit: page.limit, nextCursor: page.nextCursor },
  labels: page.labels,
});
