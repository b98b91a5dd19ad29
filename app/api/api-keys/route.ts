// GET /api/api-keys – the workspace's API keys (never the keys themselves)
// POST /api/api-keys – create a key acting as the caller; the key is in this response only
import { createApiKey } from "@/lib/api-keys/create";
import { listApiKeys } from "@/lib/api-keys/list";
import { readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";

export const GET = route(async ({ ctx }) => ({ data: await listApiKeys({ ctx }) }));

export const POST = route(async ({ req, ctx }) => created(await createApiKey({ ctx, input: await readBody(req) })));
