import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { dealContacts } from "@/db/schema";
import { XalantisDealEnvelope } from "@/lib/http/serializers/deals";
import { addUser, newWorkspace, type TestUser } from "../helpers";
import { dealActivities, dealRow, ISO6, MISSING_ID, newContact, newDeal, newPipeline, patchDeal, salesStages } from "./deals-fixtures";

let admin: TestUser;
let other: TestUser;
let sales: Awaited<ReturnType<typeof salesStages>>;
beforeAll(async () => {
  admin = await newWorkspace("Patcher");
  other = await newWorkspace("Rival");
  sales = await salesStages(admin);
});

const stage = (key: string) => sales[key]!;

describe("PATCH /api/deals/{id}", () => {
  it("changes only the given fields, answers {data} in document 002's shape and records old → new", async () => {
    const id = await newDeal(admin, { name: "Before", amount: 100, description: "keep me" });
    const res = await patchDeal(admin, id, { name: "After", amount: 250.5, currency: "mad", expected_close_date: "2025:01:31", next_steps: "Call back" });
    expect(res.status).toBe(200);
    expect(XalantisDealEnvelope.strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body.data).toMatchObject({ name: "After", amount: 250.5, currency: "MAD", expected_close_date: "2025-01-31", next_steps: "Call back", description: "keep me", status: "open" });
    expect(res.body.data.updated_at).toMatch(ISO6);
    const updated = (await dealActivities(id)).find((a) => a.action === "updated")!;
    expect(updated.changes).toEqual({
      name: { from: "Before", to: "After" },
      amount: { from: "100.0000", to: "250.5000" },
      currency: { from: "EUR", to: "MAD" },
      expectedCloseDate: { from: null, to: "2025-01-31" },
      nextSteps: { from: null, to: "Call back" },
    });
    expect(updated.actorId).toBe(admin.ctx.userId);
  });

  it("writes nothing when nothing changes", async () => {
    const id = await newDeal(admin, { name: "Same" });
    const before = await dealActivities(id);
    const res = await patchDeal(admin, id, { name: "Same" });
    expect(res.status).toBe(200);
    expect(await dealActivities(id)).toHaveLength(before.length);
    expect((await dealRow(id)).modifiedAt).toBeNull();
  });

  it("moves the deal to a won stage: status, probability, closed/won dates, top of the column, stage_changed", async () => {
    const earlier = await newDeal(admin);
    await patchDeal(admin, earlier, { stage_id: stage("closed_won").id });
    const id = await newDeal(admin);
    const res = await patchDeal(admin, id, { stage_id: stage("closed_won").id });
    expect(res.body.data).toMatchObject({ status: "won", probability: 100, stage: { id: stage("closed_won").id, key: "closed_won" }, lost_at: null });
    expect(res.body.data.won_at).toMatch(ISO6);
    expect(res.body.data.closed_at).toMatch(ISO6);
    expect((await dealRow(id)).position < (await dealRow(earlier)).position).toBe(true);
    const moved = (await dealActivities(id)).find((a) => a.action === "stage_changed")!;
    expect(moved.changes).toEqual({
      stageId: { from: stage("new_lead").id, to: stage("closed_won").id },
      status: { from: "open", to: "won" },
      probability: { from: 10, to: 100 },
    });
  });

  it("stores the loss reason on a move to a lost stage and clears it, with the closing dates, on reopening", async () => {
    const id = await newDeal(admin);
    const lost = await patchDeal(admin, id, { stage: stage("closed_lost").id, loss_reason_description: "Chose a competitor" });
    expect(lost.body.data).toMatchObject({ status: "lost", probability: 0, loss_reason: "Chose a competitor", won_at: null });
    expect(lost.body.data.lost_at).toMatch(ISO6);
    const reopened = await patchDeal(admin, id, { stage_id: stage("proposal").id });
    expect(reopened.body.data).toMatchObject({ status: "open", probability: 50, loss_reason: null, closed_at: null, lost_at: null });
  });

  it("moves the deal to the first stage of that kind when only the status changes", async () => {
    const id = await newDeal(admin);
    const won = await patchDeal(admin, id, { status: "won" });
    expect(won.body.data).toMatchObject({ status: "won", stage: { key: "closed_won" } });
    const reopened = await patchDeal(admin, id, { status: "open" });
    expect(reopened.body.data).toMatchObject({ status: "open", stage: { key: "new_lead" }, won_at: null, closed_at: null });
  });

  it("moves the deal to another pipeline's first stage of the same status, and keeps an explicit probability", async () => {
    const p = await newPipeline(admin);
    const id = await newDeal(admin);
    const moved = await patchDeal(admin, id, { pipeline_id: p.pipeline.id, probability: 40 });
    expect(moved.body.data).toMatchObject({ pipeline: { id: p.pipeline.id }, stage: { id: p.intro.id }, probability: 40 });
    const won = await newDeal(admin, { stage_id: stage("closed_won").id });
    expect((await patchDeal(admin, won, { pipeline: p.pipeline.id })).body.data).toMatchObject({ stage: { id: p.signed.id }, status: "won" });
  });

  it("sets the primary contact (linking it) and the owner", async () => {
    const id = await newDeal(admin);
    const lea = await newContact(admin, "Lea");
    const manager = await addUser(admin, "MANAGER");
    const res = await patchDeal(admin, id, { person: lea, assigned_to: manager.ctx.userId });
    expect(res.body.data.contact).toMatchObject({ uuid: lea, full_name: "Lea Test" });
    expect(res.body.data.owner).toEqual({ id: manager.ctx.userId, name: manager.ctx.name });
    expect((await db.select().from(dealContacts).where(eq(dealContacts.dealId, id))).map((l) => l.contactId)).toContain(lea);
    expect((await dealActivities(id)).map((a) => a.action)).toContain("contact_linked");
  });

  it("lets a sales rep update someone else's deal", async () => {
    const id = await newDeal(admin);
    const rep = await addUser(admin, "USER");
    expect((await patchDeal(rep, id, { name: "By the rep" })).status).toBe(200);
  });

  describe("rejects bad input with 400 naming the field, changing nothing", () => {
    let id: string;
    let foreign: { stage: string; contact: string; user: string; pipeline: string };
    let otherPipeline: Awaited<ReturnType<typeof newPipeline>>;
    beforeAll(async () => {
      id = await newDeal(admin, { name: "Untouched", amount: 10 });
      const p = await newPipeline(other, "Foreign");
      foreign = { stage: p.intro.id, pipeline: p.pipeline.id, contact: await newContact(other, "Secret"), user: other.ctx.userId };
      otherPipeline = await newPipeline(admin, "Other");
    });

    it.each([
      ["blank name", () => ({ name: "" }), "name"],
      ["null name", () => ({ name: null }), "name"],
      ["negative amount", () => ({ amount: -5 }), "amount"],
      ["bad currency", () => ({ currency: "EURO" }), "currency"],
      ["null currency", () => ({ currency: null }), "currency"],
      ["bad date", () => ({ expected_close_date: "2025-13-01" }), "expected_close_date"],
      ["probability over 100", () => ({ probability: 101 }), "probability"],
      ["unknown status", () => ({ status: "archived" }), "status"],
      ["unknown stage", () => ({ stage_id: MISSING_ID }), "stage_id"],
      ["another workspace's stage", () => ({ stage_id: foreign.stage }), "stage_id"],
      ["another workspace's pipeline", () => ({ pipeline_id: foreign.pipeline }), "pipeline_id"],
      ["a stage of another pipeline", () => ({ pipeline_id: otherPipeline.pipeline.id, stage_id: stage("proposal").id }), "stage_id"],
      ["a status the stage contradicts", () => ({ stage_id: stage("closed_won").id, status: "lost" }), "status"],
      ["another workspace's contact", () => ({ person: foreign.contact }), "person"],
      ["another workspace's user", () => ({ assigned_to: foreign.user }), "assigned_to"],
      ["a malformed user id", () => ({ agent: 5567 }), "agent"],
    ])("%s", async (_label, body, field) => {
      const before = await dealRow(id);
      const activities = (await dealActivities(id)).length;
      const res = await patchDeal(admin, id, { description: "should not be written", ...body() });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual([field]);
      expect(await dealRow(id)).toEqual(before);
      expect(await dealActivities(id)).toHaveLength(activities);
    });
  });

  it("answers 404 for another workspace's, an unknown or a malformed id, and 401 without credentials", async () => {
    const id = await newDeal(admin);
    expect((await patchDeal(other, id, { name: "Stolen" })).status).toBe(404);
    expect((await patchDeal(admin, MISSING_ID, { name: "x" })).status).toBe(404);
    expect((await patchDeal(admin, "3300", { name: "x" })).status).toBe(404);
    expect((await patchDeal(null, id, { name: "x" })).status).toBe(401);
    expect((await dealRow(id)).name).toBe("Partenariat 2024");
  });

  it("applies both of two concurrent updates of one deal (no lost write)", async () => {
    const id = await newDeal(admin, { name: "Race", amount: 1 });
    const [a, b] = await Promise.all([patchDeal(admin, id, { name: "Renamed" }), patchDeal(admin, id, { amount: 999 })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await dealRow(id)).toMatchObject({ name: "Renamed", amount: "999.0000" });
  });

  it("serialises many concurrent updates of one deal: every write lands and the timeline has each one", async () => {
    const id = await newDeal(admin, { amount: 0 });
    const fields = [{ name: "N" }, { amount: 7 }, { description: "D" }, { next_steps: "S" }, { custom_id: "C-1" }, { currency: "USD" }, { expected_close_date: "2030-01-01" }, { stage_id: stage("qualified").id }];
    const results = await Promise.all(fields.map((body) => patchDeal(admin, id, body)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await dealRow(id)).toMatchObject({ name: "N", amount: "7.0000", description: "D", nextSteps: "S", customId: "C-1", currency: "USD", expectedCloseDate: "2030-01-01", stageId: stage("qualified").id, probability: 25 });
    const log = await dealActivities(id);
    expect(log.filter((a) => a.action === "updated")).toHaveLength(7);
    expect(log.filter((a) => a.action === "stage_changed")).toHaveLength(1);
  });
});
