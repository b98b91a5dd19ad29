// GET /api/users/{id} – one person
// PATCH /api/users/{id} – change name, role, language, franchise, department or isActive (admins)
// DELETE /api/users/{id} – deactivate (admins); 204
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { envelope, restUser } from "@/lib/http/serializers/rest-settings";
import { getUser } from "@/lib/users/list";
import { deactivateUser, updateUser } from "@/lib/users/update";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => envelope(restUser(await getUser({ ctx, id: params.id }))));

export const PATCH = route<Params>(async ({ req, ctx, params }) => envelope(restUser(await updateUser({ ctx, id: params.id, input: await readBody(req) }))));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deactivateUser({ ctx, id: params.id });
  return noContent();
});
