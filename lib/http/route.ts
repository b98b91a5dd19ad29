import type { NextRequest } from "next/server";
import type { UserRole } from "@/db/schema";
import { authenticateRequest } from "@/lib/auth/authenticate";
import type { Ctx } from "@/lib/auth/context";
import { requireRole } from "@/lib/auth/permissions";
import { assertPasswordSettled } from "@/lib/auth/password-change";
import { AppError, isAppError } from "@/lib/errors";
import { errorResponse, type ErrorFormat, unexpectedErrorResponse } from "./errors";
import { withIdempotency } from "./idempotency";

type Segment<P> = { params: Promise<P> };
type Options = { roles?: readonly UserRole[]; errors?: ErrorFormat };

const toResponse = (value: unknown): Response => (value instanceof Response ? value : Response.json(value ?? null));

function handleError(e: unknown, req: Request, format: ErrorFormat = "default"): Response {
  if (isAppError(e)) return errorResponse(e, format);
  return unexpectedErrorResponse(e, req);
}

/**
 * The one wrapper of every authenticated /api route: authenticates (API key, token or session),
 * resolves the workspace, checks the role, honours `Idempotency-Key` on POST (lib/http/idempotency.ts),
 * runs the handler, maps errors to statuses. A handler
 * returns a Response, or a value that is sent as JSON with status 200.
 */
export function route<P = Record<string, never>>(
  handler: (args: { req: NextRequest; ctx: Ctx; params: P }) => Promise<unknown>,
  options: Options = {},
) {
  return async (req: NextRequest, segment: Segment<P>): Promise<Response> => {
    try {
      const ctx = await authenticateRequest(req);
      if (!ctx) throw new AppError("unauthorized", "Authentication required: send a valid API key or token in the Authorization header");
      assertPasswordSettled(ctx);
      if (options.roles) requireRole(ctx, options.roles);
      const params = await segment.params;
      return await withIdempotency(req, ctx, async () => toResponse(await handler({ req, ctx, params })));
    } catch (e) {
      return handleError(e, req, options.errors);
    }
  };
}

/** The same wrapper for the few routes that need no credentials (health, sign-up, token). */
export function publicRoute<P = Record<string, never>>(
  handler: (args: { req: NextRequest; params: P }) => Promise<unknown>,
  options: Pick<Options, "errors"> = {},
) {
  return async (req: NextRequest, segment: Segment<P>): Promise<Response> => {
    try {
      return toResponse(await handler({ req, params: await segment.params }));
    } catch (e) {
      return handleError(e, req, options.errors);
    }
  };
}

export const created = (body: unknown) => Response.json(body, { status: 201 });
export const noContent = () => new Response(null, { status: 204 });
/** 200 with an empty body (document 003's account delete). */
export const emptyOk = () => new Response(null, { status: 200 });
