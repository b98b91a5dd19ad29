// POST /api/lead/{lead}/copy – copy a lead for another contact; 200 with the new Lead
import { copyLead } from "@/lib/deals/copy-lead";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { coneLead } from "@/lib/http/serializers/leads";

export const POST = route<{ lead: string }>(async ({ req, ctx, params }) => coneLead(await copyLead({ ctx, id: params.lead, input: await readBody(req) })));
