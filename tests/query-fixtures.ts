import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customFields, customFieldValues, deals, pipelines, stages, type CustomFieldType, type EntityType } from "@/db/schema";
import type { TestUser } from "./helpers";

/** The default pipeline of the user's workspace and its stages, in order. */
export async function pipelineOf(user: TestUser) {
  const [pipeline] = await db.select().from(pipelines).where(eq(pipelines.tenantId, user.ctx.tenantId)).limit(1);
  const stageRows = await db.select().from(stages).where(and(eq(stages.tenantId, user.ctx.tenantId), eq(stages.pipelineId, pipeline!.id))).orderBy(asc(stages.position));
  return { pipeline: pipeline!, stages: stageRows };
}

/** Inserts a deal with the given columns (pipeline and first stage by default). */
export async function insertDeal(user: TestUser, values: Partial<typeof deals.$inferInsert> & { name: string }) {
  const { pipeline, stages: s } = await pipelineOf(user);
  const [row] = await db
    .insert(deals)
    .values({ tenantId: user.ctx.tenantId, pipelineId: pipeline.id, stageId: s[0]!.id, createdBy: user.ctx.userId, ...values })
    .returning();
  return row!;
}

export async function insertCustomField(user: TestUser, entity: EntityType, fieldName: string, fieldType: CustomFieldType, choices?: string[]) {
  const [row] = await db
    .insert(customFields)
    .values({ tenantId: user.ctx.tenantId, entity, fieldName, label: fieldName, fieldType, options: choices ? { choices: choices.map((c) => ({ value: c, label: c.toUpperCase() })) } : {} })
    .returning();
  return row!;
}

type Stored = Partial<Pick<typeof customFieldValues.$inferInsert, "valueText" | "valueNumber" | "valueDate" | "valueBool" | "valueJson">>;
export async function setCustomValue(user: TestUser, field: { id: string; entity: EntityType }, recordId: string, value: Stored) {
  await db.insert(customFieldValues).values({ tenantId: user.ctx.tenantId, fieldId: field.id, entity: field.entity, recordId, ...value });
}
