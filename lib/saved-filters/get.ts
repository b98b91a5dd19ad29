import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { getVisibleFilterOrThrow, type SavedFilterView } from "./views";

/** One filter the caller may see (their own, or shared); anything else is "not found". */
export const getSavedFilter = ({ ctx, id }: { ctx: Ctx; id: string }): Promise<SavedFilterView> => getVisibleFilterOrThrow(db, ctx, id);
