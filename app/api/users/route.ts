// GET /api/users – the workspace's people: {data, meta}
// POST /api/users – invite a person (admins); 201 {data, temporaryPassword} (the password is shown once)
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { pageEnvelope, restUser } from "@/lib/http/serializers/rest-settings";
import { createUser } from "@/lib/users/create";
import { listUsers } from "@/lib/users/list";

export const GET = route(async ({ req, ctx }) => pageEnvelope(await listUsers({ ctx, query: queryParams(req) }), restUser));

export const POST = route(async ({ req, ctx }) => {
  const { user, temporaryPassword } = await createUser({ ctx, input: await readBody(req) });
  return created({ data: restUser(user), temporaryPassword });
});
