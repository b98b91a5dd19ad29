import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { getAutomationView, listAutomationViews, type AutomationView } from "./views";

/** GET /api/automation: every automation of the workspace, newest first (document 003: unpaged). */
export async function listAutomations({ ctx }: { ctx: Ctx }): Promise<AutomationView[]> {
  return listAutomationViews(db, ctx);
}

/** GET /api/automation/{automation}. */
export async function getAutomation({ ctx, id }: { ctx: Ctx; id: string }): Promise<AutomationView> {
  return getAutomationView(db, ctx, id);
}
