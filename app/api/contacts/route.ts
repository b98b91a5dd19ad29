// GET /api/contacts – list contacts: {data, meta: {total, limit, offset}} (REST conventions, docs/api.md)
// POST /api/contacts – create a contact; 201 {data}
import { createContact } from "@/lib/contacts/create";
import { listContacts } from "@/lib/contacts/list";
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { restContact } from "@/lib/http/serializers/rest";

export const GET = route(async ({ req, ctx }) => {
  const page = await listContacts({ ctx, query: queryParams(req) });
  return { data: page.data.map(restContact), meta: page.meta };
});

export const POST = route(async ({ req, ctx }) => created({ data: restContact(await createContact({ ctx, input: await readBody(req) })) }));
