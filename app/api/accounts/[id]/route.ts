// GET /api/accounts/{id} – one account: {data}
// PATCH /api/accounts/{id} – update the given fields: {data}
// DELETE /api/accounts/{id} – soft delete; 204
import { deleteAccount } from "@/lib/accounts/delete";
import { getAccount } from "@/lib/accounts/get";
import { updateAccount } from "@/lib/accounts/update";
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { restAccount } from "@/lib/http/serializers/rest";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => ({ data: restAccount(await getAccount({ ctx, id: params.id })) }));

export const PATCH = route<Params>(async ({ req, ctx, params }) => {
  await updateAccount({ ctx, id: params.id, input: await readBody(req) });
  return { data: restAccount(await getAccount({ ctx, id: params.id })) };
});

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteAccount({ ctx, id: params.id });
  return noContent();
});
