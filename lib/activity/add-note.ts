import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { recordActivity } from "./record";
import { assertRecord } from "./records";
import { AddNote } from "./schemas";

/**
 * Adds a note to a record's timeline. Any role may write notes on a record of the workspace; the
 * record must exist there (another workspace's record is "not found"). Answers the entry's id.
 */
export async function addNote({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ id: string }> {
  const data = parseInput(AddNote, input);
  return db.transaction(async (tx) => {
    await assertRecord(tx, ctx, data.entity, data.recordId);
    return { id: await recordActivity(tx, ctx, { entity: data.entity, recordId: data.recordId, action: "note", note: data.note }) };
  });
}
