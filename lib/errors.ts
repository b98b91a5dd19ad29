/**
 * The one error type of the business layer. Verbs throw it; the HTTP layer maps `code` to a status
 * (lib/http/errors.ts) and server actions turn it into a message for the form.
 */
export type ErrorCode =
  | "bad_request" // malformed request: not JSON, wrong content type
  | "validation" // well-formed but invalid input; `fields` names the culprits
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "unavailable";

/**
 * Business rules that a form explains in the reader's language: the key of a catalog message
 * (`rule.<key>` in components/forms/messages.ts) and its parameters. The English `message` stays the
 * API's body; the rule is what the web app translates.
 */
export type RuleKey =
  | "stage_in_use"
  | "stage_last_open"
  | "stage_kind_in_use"
  | "stage_key_taken"
  | "pipeline_default"
  | "pipeline_in_use"
  | "pipeline_needs_open_stage"
  | "franchise_in_use"
  | "delete_not_owner"
  | "task_not_allowed"
  | "self_deactivate"
  | "last_admin"
  | "wrong_current_password"
  | "same_password"
  | "no_such_record"
  | "not_a_department_of_franchise"
  | "field_type_in_use"
  | "field_name_taken"
  | "choice_twice"
  | "needs_choice"
  | "min_above_max"
  | "end_before_start"
  | "must_be_future"
  | "status_mismatch"
  | "revoke_not_owner"
  | "contact_name_required"
  | "contact_first_name_required";
export type RuleRef = { key: RuleKey; params?: Record<string, string | number> };

/** A field's problem without words: `{ kind: "too_long", limit: 120 }`, or a business rule `{ kind: "rule", rule }`. */
export type FieldIssue = {
  kind:
    | "required"
    | "too_short"
    | "too_long"
    | "too_small"
    | "too_big"
    | "invalid_email"
    | "invalid_format"
    | "invalid_option"
    | "invalid_type"
    | "invalid_number"
    | "invalid_date"
    | "invalid_datetime"
    | "invalid_boolean"
    | "invalid_url"
    | "invalid_phone"
    | "taken"
    | "rule";
  limit?: number;
  rule?: RuleRef;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field path → message, for validation errors. */
  readonly fields?: Record<string, string>;
  /** Field path → what is wrong in a language-neutral form, so that a form can say it in the reader's language. */
  readonly issues?: Record<string, FieldIssue>;
  /** Seconds, for rate_limited. */
  readonly retryAfter?: number;
  /** The business rule behind the refusal, for a translated sentence in the web app. */
  readonly rule?: RuleRef;

  constructor(code: ErrorCode, message: string, opts: { fields?: Record<string, string>; issues?: Record<string, FieldIssue>; retryAfter?: number; rule?: RuleRef } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = opts.fields;
    this.issues = opts.issues;
    this.retryAfter = opts.retryAfter;
    this.rule = opts.rule;
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);

/** A validation error about one field; with a rule, the web app says it in the reader's language. */
export const invalidField = (field: string, message: string, rule?: RuleRef) =>
  new AppError("validation", `${field}: ${message}`, { fields: { [field]: message }, ...(rule ? { issues: { [field]: { kind: "rule" as const, rule } } } : {}) });

/** A refusal of a business rule about one field (same as invalidField, with the rule's key and parameters). */
export const ruleField = (field: string, message: string, key: RuleKey, params?: RuleRef["params"]) => invalidField(field, message, { key, ...(params ? { params } : {}) });

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** True when `e` is PostgreSQL's unique_violation (optionally on the named constraint/index). */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = (e as { cause?: unknown })?.cause ?? e;
  const pg = err as { code?: string; constraint_name?: string };
  return pg?.code === "23505" && (!constraint || pg.constraint_name === constraint);
}
