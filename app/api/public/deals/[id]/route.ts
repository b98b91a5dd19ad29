// GET /api/public/deals/{id}/ – one deal, bare, in document 001's (User.com) shape
// PATCH, PUT and POST /api/public/deals/{id}/ – update a deal (document 001 names all three); JSON or form; 200 bare deal
// With or without the trailing slash: next.config.ts sets skipTrailingSlashRedirect so that no 308 answers.
import type { NextRequest } from "next/server";
import type { Ctx } from "@/lib/auth/context";
import { getDeal } from "@/lib/deals/get";
import { updateDeal } from "@/lib/deals/update";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { userComDeal } from "@/lib/http/serializers/deals";

type Params = { id: string };

const update = async ({ req, ctx, params }: { req: NextRequest; ctx: Ctx; params: Params }) =>
  userComDeal(await updateDeal({ ctx, id: params.id, input: await readBody(req) }));

export const GET = route<Params>(async ({ ctx, params }) => userComDeal(await getDeal({ ctx, id: params.id })));
export const PATCH = route<Params>(update);
export const PUT = route<Params>(update);
export const POST = route<Params>(update);
