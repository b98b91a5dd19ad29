// GET /api/contact/{contact}/lead/open – the contact's open leads (deals); 200 Lead[]
import { listOpenLeadsOfContact } from "@/lib/deals/open-leads";
import { route } from "@/lib/http/route";
import { coneLead } from "@/lib/http/serializers/leads";

export const GET = route<{ contact: string }>(async ({ ctx, params }) => (await listOpenLeadsOfContact({ ctx, contactId: params.contact })).map(coneLead));
