import type { Ctx } from "@/lib/auth/context";
import { getContactView, type ContactView } from "./views";

/** One contact of the caller's workspace with its accounts and owner; otherwise 404. */
export async function getContact({ ctx, id }: { ctx: Ctx; id: string }): Promise<ContactView> {
  return getContactView(ctx, id);
}
