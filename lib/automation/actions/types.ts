import type { DbOrTx } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import type { RecordSnapshot } from "../record";

/** What an action gets: the step's transaction, the automation's acting context, the record and variables. */
export type ActionArgs<C> = {
  tx: DbOrTx;
  ctx: Ctx;
  config: C;
  record: RecordSnapshot | null;
  vars: Record<string, unknown>;
  automation: { id: string; name: string; webhookSecret: string };
  runId: string;
  nodeId: string;
  /** A test run: compute and report what would happen, change nothing. */
  dryRun: boolean;
};

/** A failure that retrying cannot fix (a missing stage, a deleted record): the run fails at once. */
export class PermanentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentError";
  }
}

export function needRecord(record: RecordSnapshot | null, type?: RecordSnapshot["type"]): RecordSnapshot {
  if (!record) throw new PermanentError("this action needs a triggering record");
  if (type && record.type !== type) throw new PermanentError(`this action works on ${type}s, not on a ${record.type}`);
  return record;
}
