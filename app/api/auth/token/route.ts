// POST /api/auth/token – exchange an email and password for a short-lived bearer token
import { clientIp } from "@/lib/auth/authenticate";
import { verifyCredentials } from "@/lib/auth/credentials";
import { issueAccessToken } from "@/lib/auth/tokens";
import { readBody } from "@/lib/http/body";
import { publicRoute } from "@/lib/http/route";

export const POST = publicRoute(async ({ req }) => {
  const principal = await verifyCredentials(await readBody(req), clientIp(req));
  const { token, expiresAt } = await issueAccessToken(principal);
  return { token, tokenType: "Bearer", expiresAt: expiresAt.toISOString() };
});
