import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { BulkAssignOwner, BulkIds } from "@/lib/bulk";
import { parseInput } from "@/lib/validation";
import { applyContactDelete } from "./delete";
import { UpdateContact } from "./schemas";
import { applyContactUpdate } from "./update";

/** Gives the selected contacts to one owner, all or nothing; each contact's timeline records it. */
export async function bulkAssignContacts({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids, ownerId } = parseInput(BulkAssignOwner, input);
  await db.transaction(async (tx) => {
    for (const id of new Set(ids)) await applyContactUpdate(tx, ctx, id, parseInput(UpdateContact, { ownerId }));
  });
  return { count: new Set(ids).size };
}

/** Soft-deletes the selected contacts, all or nothing (one the caller may not delete stops the whole batch). */
export async function bulkDeleteContacts({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ count: number }> {
  const { ids } = parseInput(BulkIds, input);
  await db.transaction(async (tx) => {
    for (const id of new Set(ids)) await applyContactDelete(tx, ctx, id);
  });
  return { count: new Set(ids).size };
}
