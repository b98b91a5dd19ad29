// GET /api/accounts – list accounts: {data, meta: {total, limit, offset}} (REST conventions, docs/api.md)
// POST /api/accounts – create an account; 201 {data}
import { createAccount } from "@/lib/accounts/create";
import { getAccount } from "@/lib/accounts/get";
import { listAccountsPage } from "@/lib/accounts/list";
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { restAccount } from "@/lib/http/serializers/rest";

export const GET = route(async ({ req, ctx }) => {
  const page = await listAccountsPage({ ctx, query: queryParams(req) });
  return { data: page.data.map(restAccount), meta: page.meta };
});

export const POST = route(async ({ req, ctx }) => {
  const account = await createAccount({ ctx, input: await readBody(req) });
  return created({ data: restAccount(await getAccount({ ctx, id: account.id })) });
});
