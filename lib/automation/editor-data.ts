import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { deals, pipelines, stages, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";

export type EditorOptions = {
  stages: { id: string; name: string; pipeline: string }[];
  users: { id: string; name: string }[];
  /** Recent deals, to pick one for a test run. */
  deals: { id: string; name: string }[];
};

/** What the automation editor's pickers offer: the workspace's stages, active users and recent deals. */
export async function editorOptions({ ctx }: { ctx: Ctx }): Promise<EditorOptions> {
  const [stageRows, userRows, dealRows] = await Promise.all([
    db
      .select({ id: stages.id, name: stages.name, pipeline: pipelines.name })
      .from(stages)
      .innerJoin(pipelines, eq(pipelines.id, stages.pipelineId))
      .where(and(eq(stages.tenantId, ctx.tenantId), sql`not ${stages.isDeleted}`, sql`not ${pipelines.isDeleted}`))
      .orderBy(asc(pipelines.position), asc(stages.position)),
    db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.isActive, true), sql`not ${users.isDeleted}`)).orderBy(asc(users.name)),
    db.select({ id: deals.id, name: deals.name }).from(deals).where(and(eq(deals.tenantId, ctx.tenantId), sql`not ${deals.isDeleted}`)).orderBy(desc(deals.modifiedAt), desc(deals.createdAt)).limit(50),
  ]);
  return { stages: stageRows, users: userRows, deals: dealRows };
}
