// GET /api/contacts/{id} – one contact: {data}
// PATCH /api/contacts/{id} – update the given fields: {data}
// DELETE /api/contacts/{id} – soft delete; 204
import { deleteContact } from "@/lib/contacts/delete";
import { getContact } from "@/lib/contacts/get";
import { updateContact } from "@/lib/contacts/update";
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { restContact } from "@/lib/http/serializers/rest";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => ({ data: restContact(await getContact({ ctx, id: params.id })) }));

export const PATCH = route<Params>(async ({ req, ctx, params }) => ({
  data: restContact(await updateContact({ ctx, id: params.id, input: await readBody(req) })),
}));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteContact({ ctx, id: params.id });
  return noContent();
});
