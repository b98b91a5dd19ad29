// POST /api/automation/{automation}/webhook – inbound webhook trigger, authenticated by the automation's secret; 202 {runId}
import { receiveWebhook } from "@/lib/automation/inbound-webhook";
import { publicRoute } from "@/lib/http/route";

export const POST = publicRoute<{ automation: string }>(async ({ req, params }) =>
  Response.json(await receiveWebhook({ id: params.automation, rawBody: await req.text(), headers: req.headers }), { status: 202 }),
);
