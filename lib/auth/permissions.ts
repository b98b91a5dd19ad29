import type { UserRole } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Ctx } from "./context";

/** Throws 403 unless the acting user has one of `roles`. */
export function requireRole(ctx: Ctx, roles: readonly UserRole[], action = "do this"): void {
  if (!roles.includes(ctx.role)) throw new AppError("forbidden", `Your role (${ctx.role}) is not allowed to ${action}`);
}

export const isManager = (ctx: Ctx) => ctx.role === "ADMIN" || ctx.role === "MANAGER";
