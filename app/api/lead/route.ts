// POST /api/lead – create a lead (a deal) with document 003's required refs; 200 with the Lead, 400 {errors, message}
import { createLead } from "@/lib/deals/create-lead";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneLead } from "@/lib/http/serializers/leads";

export const POST = route(async ({ req, ctx }) => coneLead(await createLead({ ctx, input: await readBody(req) })));
