// GET /api/health – liveness and database check, for load balancers (no credentials)
import { publicRoute } from "@/lib/http/route";
import { databaseIsUp } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => {
  const up = await databaseIsUp().catch(() => false);
  return Response.json({ status: up ? "ok" : "degraded", db: up ? "ok" : "unreachable" }, { status: up ? 200 : 503 });
});
