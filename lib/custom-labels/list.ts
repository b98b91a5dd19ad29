import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { listLabelViews, type CustomLabelView } from "./views";

/** The workspace's live label maps, oldest first. */
export const listCustomLabels = ({ ctx }: { ctx: Ctx }): Promise<CustomLabelView[]> => listLabelViews(db, ctx);
