// GET /api/departments – list departments: {data, meta}
// POST /api/departments – create one; 201 {data}
import { createDepartment, listDepartments } from "@/lib/org/departments";
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { envelope, pageEnvelope, restDepartment } from "@/lib/http/serializers/rest-settings";

export const GET = route(async ({ req, ctx }) => pageEnvelope(await listDepartments({ ctx, query: queryParams(req) }), restDepartment));

export const POST = route(async ({ req, ctx }) => created(envelope(restDepartment(await createDepartment({ ctx, input: await readBody(req) })))));
