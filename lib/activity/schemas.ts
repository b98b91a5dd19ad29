import { z } from "zod";
import { entityTypes } from "@/db/schema";

const Entity = z.enum(entityTypes, { error: `must be one of ${entityTypes.join(", ")}` });
const RecordId = z.string({ error: "is required" }).trim().uuid("must be an id (UUID)");

export const MAX_TIMELINE_PAGE = 100;

/**
 * Query of a record's timeline (GET /api/activities). `cursor` is the opaque `nextCursor` of the
 * previous page: entries strictly older than it.
 */
export const ListActivitiesQuery = z.object({
  entity: Entity,
  recordId: RecordId,
  limit: z.coerce
    .number({ error: "must be a number" })
    .int("must be an integer")
    .min(1, "must be at least 1")
    .max(MAX_TIMELINE_PAGE, `must be at most ${MAX_TIMELINE_PAGE}`)
    .default(30),
  cursor: z.string().trim().max(100, "must be at most 100 characters").optional(),
});
export type ListActivitiesQuery = z.infer<typeof ListActivitiesQuery>;

/** Body of a note added to a record's timeline. */
export const AddNote = z.object({
  entity: Entity,
  recordId: RecordId,
  note: z.string({ error: "is required" }).trim().min(1, "is required").max(10_000, "must be at most 10000 characters"),
});
export type AddNote = z.infer<typeof AddNote>;
