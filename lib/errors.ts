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

/** A field's problem without words: `{ kind: "too_long", limit: 120 }`. */
export type FieldIssue = {
  kind: "required" | "too_short" | "too_long" | "too_small" | "too_big" | "invalid_email" | "invalid_format" | "invalid_option" | "invalid_type" | "taken";
  limit?: number;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field path → message, for validation errors. */
  readonly fields?: Record<string, string>;
  /** Field path → what is wrong in a language-neutral form, so that a form can say it in the reader's language. */
  readonly issues?: Record<string, FieldIssue>;
  /** Seconds, for rate_limited. */
  readonly retryAfter?: number;

  constructor(code: ErrorCode, message: string, opts: { fields?: Record<string, string>; issues?: Record<string, FieldIssue>; retryAfter?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = opts.fields;
    this.issues = opts.issues;
    this.retryAfter = opts.retryAfter;
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);

/** A validation error about one field. */
export const invalidField = (field: string, message: string) =>
  new AppError("validation", `${field}: ${message}`, { fields: { [field]: message } });

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** True when `e` is PostgreSQL's unique_violation (optionally on the named constraint/index). */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = (e as { cause?: unknown })?.cause ?? e;
  const pg = err as { code?: string; constraint_name?: string };
  return pg?.code === "23505" && (!constraint || pg.constraint_name === constraint);
}
