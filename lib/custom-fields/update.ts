import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { customFields, customFieldValues, type CustomField } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { AppError, invalidField, isUniqueViolation, ruleField } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { getFieldOrThrow } from "./definitions";
import { checkOptions } from "./rules";
import { normaliseOptions, UpdateCustomField } from "./schemas";

/**
 * Changes a field (admins only). Its entity never changes, and its type only while no record holds a
 * value for it (values live in a column of their type); both are refused with a 400 otherwise.
 */
export async function updateCustomField({ ctx, id, input }: { ctx: Ctx; id: string; input: unknown }): Promise<CustomField> {
  requireRole(ctx, ["ADMIN"], "manage custom fields");
  const data = parseInput(UpdateCustomField, input);
  try {
    return await db.transaction(async (tx) => {
      const before = await getFieldOrThrow(tx, ctx, id);
      if (data.entity !== undefined && data.entity !== before.entity) throw invalidField("entity", "cannot change; create a new field instead");
      const fieldType = data.fieldType ?? before.fieldType;
      if (fieldType !== before.fieldType) {
        const [used] = await tx.select({ n: sql<number>`count(*)::int` }).from(customFieldValues).where(and(eq(customFieldValues.fieldId, id), eq(customFieldValues.tenantId, ctx.tenantId)));
        if (used!.n > 0) throw ruleField("fieldType", `cannot change while ${used!.n} record(s) hold a value`, "field_type_in_use", { count: used!.n });
      }
      const options = data.options !== undefined ? normaliseOptions(data.options) : (before.options as ReturnType<typeof normaliseOptions>);
      checkOptions(fieldType, options);
      const [row] = await tx
        .update(customFields)
        .set({
          fieldName: data.fieldName,
          label: data.label ?? undefined,
          fieldType,
          options,
          isRequired: data.isRequired,
          position: data.position,
          modifiedAt: new Date(),
          modifiedBy: ctx.userId,
        })
        .where(eq(customFields.id, id))
        .returning();
      return row!;
    });
  } catch (e) {
    if (isUniqueViolation(e, "custom_fields_name_uq")) throw new AppError("validation", "fieldName: the entity already has a field with this name", { fields: { fieldName: "the entity already has a field with this name" } });
    throw e;
  }
}
