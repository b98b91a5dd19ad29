import type { DbOrTx } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { invalidField } from "@/lib/errors";
import { parseEntity } from "@/lib/query/registry";
import { validateQuery } from "@/lib/query/run";
import type { EntityName } from "@/lib/query/types";
import { unwrapQuery } from "@/lib/query/validate";

export function moduleOf(module: string): EntityName {
  const entity = parseEntity(module);
  if (!entity) throw invalidField("module", "must be one of contact, account, deal (or lead), task");
  return entity;
}

/** The stored form of a filter's value: the query object, checked against the module's fields. */
export async function checkedValue(tx: DbOrTx, ctx: Ctx, entity: EntityName, value: unknown): Promise<Record<string, unknown>> {
  const query = unwrapQuery(value, "value") as Record<string, unknown>;
  await validateQuery({ ctx, entity, query, tx, path: "value" });
  return query;
}
