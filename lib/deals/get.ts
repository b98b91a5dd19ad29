import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { getDealView, type DealView } from "./views";

/** One deal of the caller's workspace; another workspace's, an unknown or a malformed id is a 404. */
export async function getDeal({ ctx, id }: { ctx: Ctx; id: string }): Promise<DealView> {
  return getDealView(db, ctx, id);
}
