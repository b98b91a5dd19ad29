import { z } from "zod";
import { AppError, type FieldIssue } from "./errors";

/** `contacts.0.primaryEmail` → `contacts[0].primaryEmail`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "body";
}

/** A zod issue in language-neutral terms (undefined for custom checks: their message is all there is). */
export function fieldIssue(issue: z.core.$ZodIssue): FieldIssue | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? { kind: "required" } : { kind: "invalid_type" };
    case "too_small": {
      const limit = Number(issue.minimum);
      if (issue.origin === "string") return limit <= 1 ? { kind: "required" } : { kind: "too_short", limit };
      if (issue.origin === "array" || issue.origin === "set") return limit <= 1 ? { kind: "required" } : undefined;
      return Number.isFinite(limit) ? { kind: "too_small", limit } : undefined;
    }
    case "too_big": {
      const limit = Number(issue.maximum);
      if (!Number.isFinite(limit)) return undefined;
      return issue.origin === "string" ? { kind: "too_long", limit } : issue.origin === "array" ? undefined : { kind: "too_big", limit };
    }
    case "invalid_format":
      return issue.format === "email" ? { kind: "invalid_email" } : { kind: "invalid_format" };
    case "invalid_value":
      return { kind: "invalid_option" };
    default:
      return undefined;
  }
}

/** Turns a ZodError into a validation AppError that names every offending field. */
export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  const issues: Record<string, FieldIssue> = {};
  for (const issue of error.issues) {
    const key = fieldPath(issue.path);
    if (fields[key]) continue;
    fields[key] = issue.message;
    const neutral = fieldIssue(issue);
    if (neutral) issues[key] = neutral;
  }
  const [first] = Object.entries(fields);
  const message = first ? `${first[0]}: ${first[1]}` : "Invalid input";
  return new AppError("validation", message, { fields, issues });
}

const NUL_MESSAGE = "must not contain the NUL character (U+0000)";

/**
 * The path of the first string in `input` (keys included) that holds U+0000, which PostgreSQL can store
 * in neither text nor jsonb: such input is refused as a validation error, like any other malformed value.
 */
export function nulCharacterPath(input: unknown, path: PropertyKey[] = [], depth = 0): PropertyKey[] | null {
  if (typeof input === "string") return input.includes("\u0000") ? path : null;
  if (input === null || typeof input !== "object" || depth > 64) return null;
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) {
      const found = nulCharacterPath(input[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, value] of Object.entries(input)) {
    if (key.includes("\u0000")) return [...path, key];
    const found = nulCharacterPath(value, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Parses `input` with `schema`, throwing a validation AppError naming the fields on failure. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const nul = nulCharacterPath(input);
  if (nul) {
    const key = fieldPath(nul);
    throw new AppError("validation", `${key}: ${NUL_MESSAGE}`, { fields: { [key]: NUL_MESSAGE }, issues: { [key]: { kind: "invalid_format" } } });
  }
  // reportInput: zod 4 leaves the offending value out of its issues otherwise, and fieldIssue tells a
  // missing field (no input) from a wrong type by it.
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationError(result.error);
  return result.data;
}

// Reusable field schemas, with messages a person can act on.
export const trimmed = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
export const requiredText = (max: number) => trimmed(max).min(1, "is required");
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v === "" ? null : v));
export const optionalEmail = z
  .string()
  .trim()
  .max(320, "must be at most 320 characters")
  .nullish()
  .transform((v) => (v === "" ? null : v))
  .refine((v) => v == null || z.email().safeParse(v).success, "must be a valid email address");
export const email = z.string().trim().max(320, "must be at most 320 characters").pipe(z.email("must be a valid email address"));
export const uuidString = z.string().uuid("must be a UUID");
