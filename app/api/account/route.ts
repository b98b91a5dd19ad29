// GET /api/account – page of accounts: {total, accounts} (document 003 §3.1)
// POST /api/account – create an account; 200 with the Account (document 003 answers 200, not 201)
import { createAccount } from "@/lib/accounts/create";
import { listAccounts } from "@/lib/accounts/list";
import { queryParams, readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneAccount } from "@/lib/http/serializers/cone";

export const GET = route(async ({ req, ctx }) => {
  const page = await listAccounts({ ctx, query: queryParams(req) });
  return { total: page.total, accounts: page.accounts.map(coneAccount) };
});

export const POST = route(async ({ req, ctx }) => coneAccount(await createAccount({ ctx, input: await readBody(req) })));
