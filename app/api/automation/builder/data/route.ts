// GET /api/automation/builder/data – the triggers, actions and condition operators the builder offers
import { builderData } from "@/lib/automation/catalog";
import { route } from "@/lib/http/route";

export const GET = route(async () => builderData());
