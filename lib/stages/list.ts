import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { getStageView, stageViews, type StageView } from "./views";

/** Every live stage of the workspace, pipeline by pipeline, in board order. */
export const listStages = ({ ctx }: { ctx: Ctx }): Promise<StageView[]> => stageViews(db, ctx);

export const getStage = ({ ctx, id }: { ctx: Ctx; id: string }): Promise<StageView> => getStageView(db, ctx, id);
