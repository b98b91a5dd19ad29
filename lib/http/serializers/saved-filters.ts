import { z } from "zod";
import type { SavedFilterView } from "@/lib/saved-filters/views";

/** Document 003's SavedFilter: `value` is the query JSON-encoded in a string; the owner also has a name. */
export const ConeSavedFilter = z.object({
  id: z.uuid(),
  name: z.string(),
  module: z.enum(["contact", "account", "deal", "task"]),
  value: z.string(),
  owner: z.object({ id: z.uuid(), name: z.string() }),
  private: z.boolean(),
  dateCreated: z.string(),
  dateModified: z.string().nullable(),
});
export type ConeSavedFilter = z.infer<typeof ConeSavedFilter>;

export const coneSavedFilter = (f: SavedFilterView): ConeSavedFilter => ({
  id: f.id,
  name: f.name,
  module: f.module,
  value: JSON.stringify(f.query),
  owner: { id: f.ownerId, name: f.ownerName },
  private: f.isPrivate,
  dateCreated: f.createdAt.toISOString(),
  dateModified: f.modifiedAt ? f.modifiedAt.toISOString() : null,
});
