import type { UserRole } from "@/db/schema";

/**
 * Who is acting, in which workspace. Every verb in lib/ takes it; every query is scoped by `tenantId`.
 */
export type Ctx = {
  tenantId: string;
  tenantName: string;
  userId: string;
  email: string;
  name: string;
  role: UserRole;
  locale: string;
  /** An admin handed over a temporary password: only changing it is allowed (see lib/users/change-password.ts). */
  mustChangePassword?: boolean;
  /** How the caller authenticated: browser session, signed token or API key. */
  via: "session" | "token" | "api_key";
  /** Set when an automation acts: its run, and how many automation runs led to it (loop protection). */
  automation?: { automationId: string; runId: string; depth: number };
};

/** Where a change came from, for the activity log. */
export const changeSource = (ctx: Ctx) => (ctx.automation ? "automation" : ctx.via === "session" ? "ui" : "api");
