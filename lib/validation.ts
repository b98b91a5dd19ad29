import { z } from "zod";
import { AppError } from "./errors";

/** `contacts.0.primaryEmail` → `contacts[0].primaryEmail`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "body";
}

/** Turns a ZodError into a validation AppError that names every offending field. */
export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = fieldPath(issue.path);
    if (!fields[key]) fields[key] = issue.message;
  }
  const [first] = Object.entries(fields);
  const message = first ? `${first[0]}: ${first[1]}` : "Invalid input";
  return new AppError("validation", message, { fields });
}

/** Parses `input` with `schema`, throwing a validation AppError naming the fields on failure. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
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
