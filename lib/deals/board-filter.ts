import type { SQL } from "drizzle-orm";
import type { Ctx } from "@/lib/auth/context";
import { compileWhere } from "@/lib/query/run";
import { savedFilterWhere } from "@/lib/query/saved";

/**
 * The condition of a saved filter of deals, for the board and the deal list (`filter=<id>`), compiled by
 * lib/query (the one compiler of saved filters): 404 when the caller cannot see the filter, 400 when it
 * is a filter of another entity.
 */
export function savedFilterCondition(ctx: Ctx, filterId: string): Promise<SQL> {
  return savedFilterWhere({ ctx, entity: "deal", filterId });
}

/** An inline react-querybuilder query (JSON text) on deals, for `query=` of the deal list. */
export function inlineQueryCondition(ctx: Ctx, query: unknown): Promise<SQL> {
  return compileWhere({ ctx, entity: "deal", query, path: "query" });
}
