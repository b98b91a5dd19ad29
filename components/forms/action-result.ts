import { isAppError } from "@/lib/errors";

/**
 * What a server action answers a form. Failures carry a sentence for the form and, for validation
 * errors, a message per field name. (No React here: server actions import it too.)
 */
export type ActionFailure = { ok: false; message: string; fields: Record<string, string> };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

const GENERIC = "Something went wrong on our side. Please try again in a moment.";

/** Maps a thrown error to a form failure: AppErrors are shown as they are, anything else is logged and hidden. */
export function actionFailure(error: unknown, context: string): ActionFailure {
  if (isAppError(error)) {
    const message = error.code === "validation" ? "Please correct the highlighted fields." : error.message;
    return { ok: false, message, fields: error.fields ?? {} };
  }
  console.error(`[action] ${context} failed:`, error);
  return { ok: false, message: GENERIC, fields: {} };
}
