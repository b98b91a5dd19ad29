// POST /api/automation/{automation}/duplicate – an inactive copy; 200 with the copy
import { duplicateAutomation } from "@/lib/automation/duplicate";
import { route } from "@/lib/http/route";
import { coneAutomation } from "@/lib/http/serializers/automations";

export const POST = route<{ automation: string }>(async ({ ctx, params }) => coneAutomation(await duplicateAutomation({ ctx, id: params.automation }), ctx));
