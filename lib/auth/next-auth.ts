import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isAppError } from "@/lib/errors";
import { verifyCredentials } from "./credentials";

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 7;

/** Browser sessions: email and password, kept in a signed, encrypted cookie (no session table). */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const forwarded = req?.headers?.["x-forwarded-for"];
        const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() ?? "unknown";
        try {
          const p = await verifyCredentials(credentials, ip);
          return { id: p.userId, email: p.email, name: p.name };
        } catch (e) {
          // next-auth shows the message in the `error` query parameter; keep the rate-limit one distinct.
          if (isAppError(e) && e.code === "rate_limited") throw new Error("RateLimited");
          return null;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: typeof token.uid === "string" ? token.uid : undefined };
    },
  },
};
