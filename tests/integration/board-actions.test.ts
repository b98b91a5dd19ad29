import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { deals } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { MovedDealEnvelope } from "@/lib/http/serializers/board";
import { newWorkspace, type TestUser } from "../helpers";
import { dealActivities, dealRow, MISSING_ID, newDeal, salesStages } from "./deals-fixtures";

// The action re-reads the session: here it is whoever the test says is signed in.
const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/auth/session", async () => {
  const { AppError } = await import("@/lib/errors");
  return {
    requireActionCtx: async () => {
      if (!session.ctx) throw new AppError("unauthorized", "Your session has ended; sign in again");
      return { ...session.ctx, via: "session" };
    },
  };
});
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock("next/cache", () => cache);

const { moveCardAction } = await import("@/app/(crm)/board/actions");

let admin: TestUser;
let other: TestUser;
let st: Awaited<ReturnType<typeof salesStages>>;
beforeAll(async () => {
  admin = await newWorkspace("Board actions");
  other = await newWorkspace("Elsewhere");
  st = await salesStages(admin);
});
beforeEach(() => {
  session.ctx = admin.ctx;
  cache.revalidatePath.mockClear();
});
const positions = async () => new Map((await db.select({ id: deals.id, position: deals.position, stageId: deals.stageId }).from(deals).where(eq(deals.tenantId, admin.ctx.tenantId))).map((r) => [r.id, `${r.stageId}|${r.position}`]));

describe("moveCardAction (a drop on the board)", () => {
  it("moves the card after the given one, writes one row and the timeline entry, answers the moved deal, revalidates nothing", async () => {
    const a = await newDeal(admin, { name: "Drop me" });
    const anchor = await newDeal(admin, { name: "Anchor", stage_id: st.qualified!.id });
    const before = await positions();
    const res = await moveCardAction(a, { stageId: st.qualified!.id, afterId: anchor });
    expect(res.ok).toBe(true);
    const deal = (res as { deal: unknown }).deal;
    expect(MovedDealEnvelope.strict().safeParse({ data: deal }).error).toBeUndefined();
    expect(deal).toMatchObject({ id: a, stageId: st.qualified!.id, status: "open" });
    const after = await positions();
    expect([...after.keys()].filter((id) => before.get(id) !== after.get(id))).toEqual([a]);
    expect((await dealRow(a)).position > (await dealRow(anchor)).position).toBe(true);
    expect((await dealActivities(a)).some((e) => e.action === "stage_changed" && e.via === "ui")).toBe(true);
    // The board refreshes itself: a revalidation would re-render /board into the answer.
    expect(cache.revalidatePath).not.toHaveBeenCalled();
  });

  it("into a lost stage: marks the deal lost with the reason and a close date", async () => {
    const a = await newDeal(admin, { name: "Lost one" });
    expect(await moveCardAction(a, { stageId: st.closed_lost!.id, lossReason: "Price" })).toMatchObject({ ok: true, deal: { status: "lost", lossReason: "Price", closedAt: expect.any(String) } });
    expect(await dealRow(a)).toMatchObject({ status: "lost", lossReason: "Price" });
  });

  it("bad input names the field and writes nothing", async () => {
    const a = await newDeal(admin, { name: "Stay" });
    const before = await positions();
    expect(await moveCardAction(a, { stageId: "not-a-uuid" })).toMatchObject({ ok: false, fields: { stageId: expect.any(String) } });
    expect(await moveCardAction(a, { stageId: 42 as unknown as string })).toMatchObject({ ok: false, fields: { stageId: expect.any(String) } });
    expect(await moveCardAction(a, { stageId: st.qualified!.id, afterId: "x".repeat(40) })).toMatchObject({ ok: false, fields: { afterId: expect.any(String) } });
    expect(await positions()).toEqual(before);
  });

  it("another workspace's deal or stage, an unknown id: not found; no session: refused", async () => {
    const a = await newDeal(admin, { name: "Mine" });
    const foreignStages = await salesStages(other);
    expect(await moveCardAction(MISSING_ID, { stageId: st.qualified!.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await moveCardAction(a, { stageId: foreignStages.qualified!.id })).toMatchObject({ ok: false });
    expect((await dealRow(a)).stageId).toBe(st.new_lead!.id);
    session.ctx = other.ctx;
    expect(await moveCardAction(a, { stageId: foreignStages.qualified!.id })).toMatchObject({ ok: false, code: "not_found" });
    session.ctx = null;
    expect(await moveCardAction(a, { stageId: st.qualified!.id })).toMatchObject({ ok: false, code: "unauthorized" });
    expect((await dealRow(a)).stageId).toBe(st.new_lead!.id);
  });
});
