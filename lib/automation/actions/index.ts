import type { ActionName } from "../catalog";
import { ACTION_CONFIGS } from "../graph";
import { createTask, sendEmail, sendWebhook } from "./messages";
import { addNote, assignOwner, moveStage, updateRecord } from "./records";
import { PermanentError, type ActionArgs } from "./types";

const HANDLERS: Record<ActionName, (args: ActionArgs<never>) => Promise<unknown>> = {
  update_record: updateRecord as never,
  move_stage: moveStage as never,
  assign_owner: assignOwner as never,
  create_task: createTask as never,
  add_note: addNote as never,
  send_webhook: sendWebhook as never,
  send_email: sendEmail as never,
};

/** Runs one action node: its config is parsed (defaults applied) with the documented schema first. */
export async function runAction(action: ActionName, args: Omit<ActionArgs<unknown>, "config"> & { config: unknown }): Promise<unknown> {
  const parsed = ACTION_CONFIGS[action].safeParse(args.config);
  if (!parsed.success) throw new PermanentError(`invalid ${action} settings: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return HANDLERS[action]({ ...args, config: parsed.data } as never);
}

export { PermanentError };
