import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { customFields, type CustomField } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AppError, invalidField, isUniqueViolation } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { CreateCustomField, fieldNameFromLabel, normaliseOptions } from "./schemas";
import { checkOptions } from "./rules";

/** Adds a field to an entity (admins only). The field name is unique per entity among live fields. */
export async function createCustomField({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<CustomField> {
  requireRole(ctx, ["ADMIN"], "manage custom fields");
  const data = parseInput(CreateCustomField, input);
  const fieldName = data.fieldName ?? (data.label ? fieldNameFromLabel(data.label) : null);
  if (!fieldName) throw invalidField("fieldName", "is required (or give a label)");
  const options = normaliseOptions(data.options ?? {});
  checkOptions(data.fieldType, options);
  try {
    return await db.transaction(async (tx) => {
      const position =
        data.position ??
        (
          await tx
            .select({ n: sql<number>`coalesce(max(${customFields.position}) + 1, 0)::int` })
            .from(customFields)
            .where(and(eq(customFields.tenantId, ctx.tenantId), eq(customFields.entity, data.entity), sql`not ${customFields.isDeleted}`))
        )[0]!.n;
      const [row] = await tx
        .insert(customFields)
        .values({
          tenantId: ctx.tenantId,
          entity: data.entity,
          fieldName,
          label: data.label ?? fieldName,
          fieldType: data.fieldType,
          options,
          isRequired: data.isRequired ?? false,
          position,
          createdBy: ctx.userId,
        })
        .returning();
      return row!;
    });
  } catch (e) {
    if (isUniqueViolation(e, "custom_fields_name_uq")) throw new AppError("validation", `fieldName: ${data.entity} already has a field named ${fieldName}`, { fields: { fieldName: `${data.entity} already has a field named ${fieldName}` } });
    throw e;
  }
}
