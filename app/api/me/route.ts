// GET /api/me – the calling user and workspace
import { route } from "@/lib/http/route";

export const GET = route(async ({ ctx }) => ({
  id: ctx.userId,
  email: ctx.email,
  name: ctx.name,
  role: ctx.role,
  locale: ctx.locale,
  tenant: { id: ctx.tenantId, name: ctx.tenantName },
}));
