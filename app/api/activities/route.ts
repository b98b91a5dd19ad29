// GET /api/activities – a record's timeline, newest first: {data, meta: {limit, nextCursor}, labels}
// POST /api/activities – add a note to a record's timeline; 201 {data: {id}}
import { addNote } from "@/lib/activity/add-note";
import { listActivities } from "@/lib/activity/list";
import { queryParams, readBody } from "@/lib/http/body";
import { created, route } from "@/lib/http/route";
import { activityPage } from "@/lib/http/serializers/activities";

export const GET = route(async ({ req, ctx }) => activityPage(await listActivities({ ctx, query: queryParams(req) })));

export const POST = route(async ({ req, ctx }) => created({ data: await addNote({ ctx, input: await readBody(req) }) }));
