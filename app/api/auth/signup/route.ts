// POST /api/auth/signup – create a workspace and its admin
import { readBody } from "@/lib/http/body";
import { created, publicRoute } from "@/lib/http/route";
import { createWorkspace } from "@/lib/tenants/create-workspace";

export const POST = publicRoute(async ({ req }) => created(await createWorkspace({ input: await readBody(req) })));
