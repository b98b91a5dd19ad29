// PATCH /api/account/{account} – partial update; 200 with the Account
// DELETE /api/account/{account} – soft delete; 200 with an empty body (document 003)
import { deleteAccount } from "@/lib/accounts/delete";
import { updateAccount } from "@/lib/accounts/update";
import { readBody } from "@/lib/http/body";
import { emptyOk, route } from "@/lib/http/route";
import { coneAccount } from "@/lib/http/serializers/cone";

type Params = { account: string };

export const PATCH = route<Params>(async ({ req, ctx, params }) =>
  coneAccount(await updateAccount({ ctx, id: params.account, input: await readBody(req) })),
);

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteAccount({ ctx, id: params.account });
  return emptyOk();
});
