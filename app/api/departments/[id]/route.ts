// GET /api/departments/{id} – one of the departments
// PATCH /api/departments/{id} – change it
// DELETE /api/departments/{id} – delete it (soft); 204
import { deleteDepartment, getDepartment, updateDepartment } from "@/lib/org/departments";
import { readBody } from "@/lib/http/body";
import { noContent, route } from "@/lib/http/route";
import { envelope, restDepartment } from "@/lib/http/serializers/rest-settings";

type Params = { id: string };

export const GET = route<Params>(async ({ ctx, params }) => envelope(restDepartment(await getDepartment({ ctx, id: params.id }))));

export const PATCH = route<Params>(async ({ req, ctx, params }) => envelope(restDepartment(await updateDepartment({ ctx, id: params.id, input: await readBody(req) }))));

export const DELETE = route<Params>(async ({ ctx, params }) => {
  await deleteDepartment({ ctx, id: params.id });
  return noContent();
});
