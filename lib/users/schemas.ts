import { z } from "zod";
import { userRoles } from "@/db/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { PageQuery, sortParam } from "@/lib/rest/page";
import { email, requiredText } from "@/lib/validation";

const Role = z.enum(userRoles, { error: "must be ADMIN, MANAGER or USER" });
const Locale = z.enum(["en", "fr", "ar"], { error: "must be en, fr or ar" });
const NullableUuid = z.string({ error: "must be a UUID" }).uuid("must be a UUID").nullable();
export const Password = z
  .string({ error: "must be a string" })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "must be at most 200 characters")
  .refine((p) => /[A-Za-z]/.test(p) && /[^A-Za-z]/.test(p), "must mix letters with digits or symbols");

/** Body of POST /api/users. Without `password` the server makes a temporary one and answers it once. */
export const CreateUser = z.object({
  email,
  name: requiredText(120),
  role: Role.default("USER"),
  password: Password.optional(),
  locale: Locale.optional(),
  franchiseId: NullableUuid.optional(),
  departmentId: NullableUuid.optional(),
});
export type CreateUser = z.infer<typeof CreateUser>;

/** Body of PATCH /api/users/{id}: only the given fields change. */
export const UpdateUser = z.object({
  name: requiredText(120).optional(),
  role: Role.optional(),
  isActive: z.boolean({ error: "must be true or false" }).optional(),
  locale: Locale.optional(),
  franchiseId: NullableUuid.optional(),
  departmentId: NullableUuid.optional(),
});
export type UpdateUser = z.infer<typeof UpdateUser>;

const Bool = z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true");
export const ListUsersQuery = PageQuery.extend({
  search: z.string().trim().max(200, "must be at most 200 characters").optional(),
  role: Role.optional(),
  isActive: Bool.optional(),
  sort: sortParam(["name", "email", "role", "createdAt", "lastLoginAt"] as const, "name"),
});
