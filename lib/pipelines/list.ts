import { and, count, ilike } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { pipelines } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { PageQuery, type Page } from "@/lib/rest/page";
import { containsPattern } from "@/lib/search";
import { parseInput } from "@/lib/validation";
import { getPipelineView, livePipelines, pipelineOrder, withStages, type PipelineView } from "./views";

export const ListPipelinesQuery = PageQuery.extend({ search: z.string().trim().max(200, "must be at most 200 characters").optional() });

/** The workspace's pipelines in their order, each with its ordered stages. */
export async function listPipelines({ ctx, query = {} }: { ctx: Ctx; query?: unknown }): Promise<Page<PipelineView>> {
  const q = parseInput(ListPipelinesQuery, query);
  const where = and(livePipelines(ctx), q.search ? ilike(pipelines.name, containsPattern(q.search)) : undefined);
  const [rows, [total]] = await Promise.all([
    db.select().from(pipelines).where(where).orderBy(...pipelineOrder).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(pipelines).where(where),
  ]);
  return { data: await withStages(db, ctx, rows), total: total?.n ?? 0, limit: q.limit, offset: q.offset };
}

export const readPipeline = ({ ctx, id }: { ctx: Ctx; id: string }): Promise<PipelineView> => getPipelineView(db, ctx, id);
