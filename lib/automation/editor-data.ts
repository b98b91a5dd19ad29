import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { deals, pipelines, stages, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { describeFields, ENTITIES, type FieldInfo } from "@/lib/query";

export type EditorOptions = {
  stages: { id: string; name: string; pipeline: string }[];
  users: { id: string; name: string }[];
  /** Recent deals, to pick one for a test run. */
  deals: { id: string; name: string }[];
  /**
   * The fields a condition may test, per record type: the query registry with the workspace's choices
   * (stages, users…), exactly what the saved-filter builder receives, custom fields included.
   */
  fields: Record<string, FieldInfo[]>;
};

/** What the automation editor's pickers offer: stages, active users, recent deals and condition fields. */
export async function editorOptions({ ctx }: { ctx: Ctx }): Promise<EditorOptions> {
  const [stageRows, userRows, dealRows, ...fieldLists] = await Promise.all([
    db
      .select({ id: stages.id, name: stages.name, pipeline: pipelines.name })
      .from(stages)
      .innerJoin(pipelines, eq(pipelines.id, stages.pipelineId))
      .where(and(eq(stages.tenantId, ctx.tenantId), sql`not ${stages.isDeleted}`, sql`not ${pipelines.isDeleted}`))
      .orderBy(asc(pipelines.position), asc(stages.position)),
    db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.isActive, true), sql`not ${users.isDeleted}`)).orderBy(asc(users.name)),
    db.select({ id: deals.id, name: deals.name }).from(deals).where(and(eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`)).orderBy(desc(sql`coalesce(${deals.modifiedAt}, ${deals.createdAt})`)).limit(50),
    ...ENTITIES.map((e) => describeFields(ctx, e)),
  ]);
  const fields = Object.fromEntries(ENTITIES.map((e, i) => [e, fieldLists[i]!]));
  return { stages: stageRows, users: userRows, deals: dealRows, fields };
}
