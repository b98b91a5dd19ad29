import { isAppError, type ErrorCode, type FieldIssue, type RuleRef } from "@/lib/errors";

/**
 * What a server action answers a form. Failures carry a code and, for validation errors, a message per
 * field name plus the same problem in language-neutral terms (`issues`), and the business rule behind a refusal
 * (`rule`: a catalog key and its parameters), so that the form can say it in the reader's language (`useFailureText` in ./failure-text.ts). The English `message` is the fallback.
 * (No React here: server actions import it too.)
 */
export type FailureCode = ErrorCode | "internal";
export type ActionFailure = { ok: false; code: FailureCode; message: string; fields: Record<string, string>; issues?: Record<string, FieldIssue>; rule?: RuleRef };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

const GENERIC = "Something went wrong on our side. Please try again in a moment.";

/** Maps a thrown error to a form failure: AppErrors are shown as they are, anything else is logged and hidden. */
export function actionFailure(error: unknown, context: string): ActionFailure {
  if (isAppError(error)) {
    const message = error.code === "validation" ? "Please correct the highlighted fields." : error.message;
    return { ok: false, code: error.code, message, fields: error.fields ?? {}, ...(error.issues ? { issues: error.issues } : {}), ...(error.rule ? { rule: error.rule } : {}) };
  }
  console.error(`[action] ${context} failed:`, error);
  return { ok: false, code: "internal", message: GENERIC, fields: {} };
}
