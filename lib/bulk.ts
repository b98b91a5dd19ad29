import { z } from "zod";

const ids = z
  .array(z.string().uuid("must be a UUID"), { error: "must be a list of ids" })
  .min(1, "must name at least one record")
  .max(500, "must have at most 500 entries");

/** Bulk actions of the lists: the selected record ids. */
export const BulkIds = z.object({ ids });
export type BulkIds = z.infer<typeof BulkIds>;

/** Bulk "assign owner": null leaves the records without an owner. */
export const BulkAssignOwner = z.object({ ids, ownerId: z.string().uuid("must be a UUID").nullable() });
export type BulkAssignOwner = z.infer<typeof BulkAssignOwner>;
