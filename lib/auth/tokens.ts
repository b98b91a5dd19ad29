import { jwtVerify, SignJWT } from "jose";
import { authSecret } from "./secret";

const ISSUER = "rapport";
const AUDIENCE = "rapport-api";
export const TOKEN_TTL_SECONDS = Number(process.env.RAPPORT_TOKEN_TTL_SECONDS ?? 3600);

const key = () => new TextEncoder().encode(authSecret());

/** A short-lived signed token (JWT, HS256) for API clients that sign in with email and password. */
export async function issueAccessToken(user: { userId: string; tenantId: string }): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + TOKEN_TTL_SECONDS * 1000);
  const token = await new SignJWT({ tid: user.tenantId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(user.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key());
  return { token, expiresAt };
}

/** The user id of a valid token, or null (bad signature, expired, wrong audience…). */
export async function verifyAccessToken(token: string): Promise<{ userId: string; tenantId: string } | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || typeof payload.tid !== "string") return null;
    return { userId: payload.sub, tenantId: payload.tid };
  } catch {
    return null;
  }
}

export const looksLikeJwt = (value: string) => value.split(".").length === 3;
