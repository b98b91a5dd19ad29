import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { withOwners } from "@/lib/users/summaries";
import type { AccountListItem } from "./list";
import { getAccountView } from "./views";

/** One account of the caller's workspace with its contacts and owner; otherwise 404. */
export async function getAccount({ ctx, id }: { ctx: Ctx; id: string }): Promise<AccountListItem> {
  const [view] = await withOwners(db, ctx, [await getAccountView(ctx, id)]);
  return view!;
}
