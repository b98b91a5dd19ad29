import { AppError } from "@/lib/errors";

/**
 * The request body as a plain object: JSON, or form-encoded (document 001's samples send forms).
 * An empty body is `{}`. Malformed JSON, or JSON that is not an object, is a 400.
 */
export async function readBody(req: Request): Promise<Record<string, unknown>> {
  const type = req.headers.get("content-type")?.toLowerCase() ?? "";
  const text = await req.text();
  if (type.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (type.includes("multipart/form-data")) {
    throw new AppError("bad_request", "multipart/form-data is not supported; send JSON or form-urlencoded");
  }
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "Malformed JSON body");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AppError("bad_request", "The body must be a JSON object");
  }
  return value as Record<string, unknown>;
}

/** Query parameters as a plain object (the last value wins for repeated keys). */
export const queryParams = (req: Request) => Object.fromEntries(new URL(req.url).searchParams);
