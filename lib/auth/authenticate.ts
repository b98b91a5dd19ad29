import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { verifyApiKey } from "@/lib/api-keys/verify";
import type { Ctx } from "./context";
import { loadPrincipal } from "./principal";
import { authSecret } from "./secret";
import { looksLikeJwt, verifyAccessToken } from "./tokens";

/**
 * Who is calling an /api route:
 * - `Authorization: Bearer <JWT from /api/auth/token>` or `Bearer <API key>` (documents 002, 003);
 * - `Authorization: Token <API key>` (document 001);
 * - otherwise the browser's session cookie.
 * A request that sends an Authorization header is judged by it alone: a bad header never falls back to
 * the cookie.
 */
export async function authenticateRequest(req: NextRequest): Promise<Ctx | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^(Bearer|Token)\s+(\S+)\s*$/i.exec(header);
    if (!match) return null;
    const scheme = match[1]!.toLowerCase();
    const credential = match[2]!;
    if (scheme === "bearer" && looksLikeJwt(credential)) {
      const claims = await verifyAccessToken(credential);
      if (!claims) return null;
      const principal = await loadPrincipal(claims.userId, "token");
      return principal && principal.tenantId === claims.tenantId ? principal : null;
    }
    return verifyApiKey(credential);
  }
  const token = await getToken({ req, secret: authSecret() });
  if (!token || typeof token.uid !== "string") return null;
  return loadPrincipal(token.uid, "session");
}

/** The client's address as given by the proxy in front of the app, for rate limits. */
export function clientIp(req: Request): string {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || "local";
}
