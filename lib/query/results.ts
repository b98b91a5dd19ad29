import { db } from "@/db/client";
import { withContacts } from "@/lib/accounts/views";
import type { Ctx } from "@/lib/auth/context";
import { withRelations } from "@/lib/tasks/views";
import { parseInput } from "@/lib/validation";
import { countAndPage } from "./run";
import { RunQuery, RunQueryParams } from "./schemas";
import type { EntityName } from "./types";
import type { Account, Contact, Deal } from "@/db/schema";
import type { TaskView } from "@/lib/tasks/views";
import type { AccountView } from "@/lib/accounts/views";

export type QueryResults =
  | { entity: "contact"; total: number; limit: number; offset: number; rows: Contact[] }
  | { entity: "account"; total: number; limit: number; offset: number; rows: AccountView[] }
  | { entity: "deal"; total: number; limit: number; offset: number; rows: Deal[] }
  | { entity: "task"; total: number; limit: number; offset: number; rows: TaskView[] };

/**
 * POST /api/query-builder/filter/{entity}: runs a query and returns a page of whole records (accounts
 * with their contacts, tasks with their links), ready for the entity's serializer.
 */
export async function runQuery({ ctx, entity, input, params = {} }: { ctx: Ctx; entity: EntityName; input: unknown; params?: unknown }): Promise<QueryResults> {
  const body = parseInput(RunQuery, input);
  const fromUrl = parseInput(RunQueryParams, params);
  const limit = body.limit ?? fromUrl.limit ?? 100;
  const offset = body.offset ?? fromUrl.offset ?? 0;
  const page = await countAndPage({ ctx, entity, query: body.query, limit, offset });
  const meta = { total: page.total, limit, offset };
  switch (entity) {
    case "contact":
      return { entity, ...meta, rows: page.rows as Contact[] };
    case "account":
      return { entity, ...meta, rows: await withContacts(db, page.rows as Account[]) };
    case "deal":
      return { entity, ...meta, rows: page.rows as Deal[] };
    case "task":
      return { entity, ...meta, rows: await withRelations(db, ctx, page.rows as TaskView[]) };
  }
}
