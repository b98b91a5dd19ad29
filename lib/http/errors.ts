import { AppError, type ErrorCode } from "@/lib/errors";

export const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

/**
 * How an API family spells its errors (docs/api.md):
 * - "default": `{error, message, code, errors?, issues?, rule?}`; `error`/`message` are the same sentence,
 *   `errors` maps field → message, `issues`/`rule` say the same without words (kind, limit; rule key, params). It is a superset of document 003's `{error}` and `{errors, message}` bodies.
 * - "string": a bare JSON string `"<field> <message>"`, as document 003's task endpoints answer.
 */
export type ErrorFormat = "default" | "string";

export function errorBody(error: AppError, format: ErrorFormat): unknown {
  if (format === "string") {
    const [first] = Object.entries(error.fields ?? {});
    return first ? `${first[0]} ${first[1]}` : error.message;
  }
  return {
    error: error.message,
    message: error.message,
    code: error.code,
    ...(error.fields ? { errors: error.fields } : {}),
    // Language-neutral forms of the same problem, so that a client can say it in its reader's language.
    ...(error.issues ? { issues: error.issues } : {}),
    ...(error.rule ? { rule: error.rule } : {}),
  };
}

export function errorResponse(error: AppError, format: ErrorFormat = "default"): Response {
  const headers: Record<string, string> = {};
  if (error.retryAfter) headers["Retry-After"] = String(error.retryAfter);
  if (error.code === "unauthorized") headers["WWW-Authenticate"] = 'Bearer realm="rapport", Token';
  return Response.json(errorBody(error, format), { status: STATUS[error.code], headers });
}

/** Anything that is not an AppError is a bug: log it, answer a generic 500 that leaks nothing. */
export function unexpectedErrorResponse(error: unknown, req: Request): Response {
  const requestId = crypto.randomUUID();
  console.error(`[${requestId}] ${req.method} ${new URL(req.url).pathname} failed:`, error);
  return Response.json(
    { error: "Internal server error", message: "Internal server error", code: "internal", requestId },
    { status: 500 },
  );
}
