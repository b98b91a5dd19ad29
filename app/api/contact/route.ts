// GET /api/contact – page of contacts, bare Contact[] (document 003 §3.3: `start`/`limit`, no total)
import { listConeContacts } from "@/lib/contacts/list";
import { queryParams } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneContactWithAccounts } from "@/lib/http/serializers/cone";

export const GET = route(async ({ req, ctx }) => (await listConeContacts({ ctx, query: queryParams(req) })).map(coneContactWithAccounts));
