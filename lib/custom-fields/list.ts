import { db } from "@/db/client";
import type { CustomField, EntityType } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { invalidField } from "@/lib/errors";
import { liveFields } from "./definitions";
import { readValues, type CustomFieldValues } from "./values";
import { entityFromName } from "./schemas";

/** Every live custom field of the workspace, or those of one entity (`entity` as the client spells it). */
export async function listCustomFields({ ctx, entity }: { ctx: Ctx; entity?: string }): Promise<CustomField[]> {
  if (entity === undefined) return liveFields(db, ctx.tenantId);
  const known = entityFromName(entity);
  if (!known) throw invalidField("entity", "must be one of contact, account, deal, task (or lead/connection for deals)");
  return liveFields(db, ctx.tenantId, known);
}

/** The custom field values of a page of records (every live field, null when unset), by record id. */
export async function listCustomValues({ ctx, entity, ids }: { ctx: Ctx; entity: EntityType; ids: readonly string[] }): Promise<Record<string, CustomFieldValues>> {
  return Object.fromEntries(await readValues(db, ctx, entity, ids));
}
