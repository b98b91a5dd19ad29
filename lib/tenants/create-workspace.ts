import { sql } from "drizzle-orm";
import { z } from "zod";
import { db, type DbOrTx } from "@/db/client";
import { pipelines, stages, tenants, users, type UserRole } from "@/db/schema";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { DEFAULT_STAGES } from "@/lib/pipelines/defaults";
import { email, parseInput, requiredText } from "@/lib/validation";

export const SignUp = z.object({
  tenantName: requiredText(120),
  name: requiredText(120),
  email,
  password: z
    .string({ error: "is required" })
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(200, "must be at most 200 characters")
    .refine((p) => /[A-Za-z]/.test(p) && /[^A-Za-z]/.test(p), "must mix letters with digits or symbols"),
});
export type SignUp = z.infer<typeof SignUp>;

export const signupAllowed = () => process.env.RAPPORT_ALLOW_SIGNUP !== "false";

/** Inserts a user; an email already in use anywhere is a 409. */
export async function insertUser(
  tx: DbOrTx,
  values: { tenantId: string; email: string; name: string; password: string; role: UserRole; createdBy?: string | null; locale?: string },
) {
  const passwordHash = await hashPassword(values.password);
  try {
    const [user] = await tx
      .insert(users)
      .values({ tenantId: values.tenantId, email: values.email.trim(), name: values.name, passwordHash, role: values.role, locale: values.locale ?? "en", createdBy: values.createdBy ?? null })
      .returning();
    return user!;
  } catch (e) {
    if (isUniqueViolation(e, "users_email_uq")) throw new AppError("conflict", "This email is already registered", { fields: { email: "is already registered" }, issues: { email: { kind: "taken" } } });
    throw e;
  }
}

/** Creates the default "Sales" pipeline with its stages. */
export async function createDefaultPipeline(tx: DbOrTx, tenantId: string, createdBy: string | null) {
  const [pipeline] = await tx.insert(pipelines).values({ tenantId, name: "Sales", isDefault: true, createdBy }).returning();
  const rows = await tx
    .insert(stages)
    .values(DEFAULT_STAGES.map((s, position) => ({ ...s, tenantId, pipelineId: pipeline!.id, position, createdBy })))
    .returning();
  return { pipeline: pipeline!, stages: rows };
}

/**
 * Sign-up: a new workspace with its admin and a ready-to-use pipeline, in one transaction.
 */
export async function createWorkspace({ input }: { input: unknown }) {
  if (!signupAllowed()) throw new AppError("forbidden", "Sign-up is disabled on this server");
  const data = parseInput(SignUp, input);
  return db.transaction(async (tx) => {
    const [taken] = await tx.execute(sql`select 1 from users where lower(email) = ${data.email.toLowerCase()} limit 1`);
    if (taken) throw new AppError("conflict", "This email is already registered", { fields: { email: "is already registered" }, issues: { email: { kind: "taken" } } });
    const [tenant] = await tx.insert(tenants).values({ name: data.tenantName }).returning();
    const admin = await insertUser(tx, { tenantId: tenant!.id, email: data.email, name: data.name, password: data.password, role: "ADMIN" });
    await tx.update(tenants).set({ createdBy: admin.id }).where(sql`id = ${tenant!.id}`);
    await createDefaultPipeline(tx, tenant!.id, admin.id);
    return { tenant: { id: tenant!.id, name: tenant!.name }, user: { id: admin.id, email: admin.email, name: admin.name, role: admin.role } };
  });
}
