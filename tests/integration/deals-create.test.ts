import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, contacts, dealContacts, deals } from "@/db/schema";
import { createCustomField } from "@/lib/custom-fields/create";
import { getBoard } from "@/lib/deals/board";
import { createDeal as createDealVerb } from "@/lib/deals/create";
import { getDealView } from "@/lib/deals/views";
import { generateKeyBetween } from "@/lib/deals/position";
import { XalantisDealEnvelope } from "@/lib/http/serializers/deals";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import * as collection from "@/app/api/deals/route";
import {
  counts, createDeal, dealActivities, dealBody, dealRow, getDeal, ISO6, MISSING_ID, newContact, newDeal, newPipeline, salesStages,
} from "./deals-fixtures";

let admin: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Xalantis");
  other = await newWorkspace("Rival");
});

describe("POST /api/deals (document 002)", () => {
  it("creates the deal and its new contact, answering 201 {data} with the documented keys and types", async () => {
    const res = await createDeal(admin, {
      name: "Partenariat 2024",
      amount: 15000,
      contact_email: "sophie.martin@example.com",
      contact_first_name: "Sophie",
      contact_last_name: "Martin",
      contact_phone: "+33 6 11 22 33 44",
      expected_close_date: "2024-06-30",
    });
    expect(res.status).toBe(201);
    expect(XalantisDealEnvelope.strict().safeParse(res.body).error).toBeUndefined();
    const d = res.body.data;
    const sales = await salesStages(admin);
    expect(d).toMatchObject({
      name: "Partenariat 2024",
      amount: 15000,
      currency: "EUR",
      status: "open",
      probability: 10,
      pipeline: { name: "Sales" },
      stage: { id: sales.new_lead!.id, name: "New lead", color: "#3b82f6" },
      contact: { full_name: "Sophie Martin", email: "sophie.martin@example.com" },
      expected_close_date: "2024-06-30",
      owner: { id: admin.ctx.userId },
    });
    expect(typeof d.amount).toBe("number");
    expect(typeof d.probability).toBe("number");
    expect(d.created_at).toMatch(ISO6);
    expect(d.uuid).toMatch(/^[0-9a-f-]{36}$/);

    const [contact] = await db.select().from(contacts).where(eq(contacts.id, d.contact.uuid));
    expect(contact).toMatchObject({ firstName: "Sophie", lastName: "Martin", mobilePhone: "+33 6 11 22 33 44", tenantId: admin.ctx.tenantId });
    const row = await dealRow(d.uuid);
    expect(row).toMatchObject({ ownerId: admin.ctx.userId, primaryContactId: contact!.id, stageId: sales.new_lead!.id, amount: "15000.0000", closedAt: null });
    expect(await db.select().from(dealContacts).where(eq(dealContacts.dealId, d.uuid))).toHaveLength(1);
    expect((await dealActivities(d.uuid)).map((a) => a.action)).toEqual(["created", "contact_linked"]);
  });

  it("links the existing contact of that email in any case, without overwriting it, and needs no first name then", async () => {
    const existing = await newContact(admin, "Karim", "karim@atlas.test");
    const before = await counts(admin.ctx.tenantId);
    const res = await createDeal(admin, { name: "Renewal", contact_email: "  KARIM@Atlas.TEST ", contact_last_name: "Other", contact_phone: "000" });
    expect(res.status).toBe(201);
    expect(res.body.data.contact).toEqual({ uuid: existing, full_name: "Karim Test", email: "karim@atlas.test" });
    expect(res.body.data.amount).toBeNull();
    const [contact] = await db.select().from(contacts).where(eq(contacts.id, existing));
    expect(contact).toMatchObject({ lastName: "Test", mobilePhone: "+33 6 00 00 00 00" });
    expect((await counts(admin.ctx.tenantId)).contacts).toBe(before.contacts);
  });

  it("upper-cases the currency, reads YYYY:MM:DD dates and decimal strings", async () => {
    const res = await createDeal(admin, dealBody({ currency: "usd", expected_close_date: "2024:07:15", amount: "1250.50" }));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ currency: "USD", expected_close_date: "2024-07-15", amount: 1250.5 });
  });

  it("places the deal in the given pipeline and stage, infers the pipeline from the stage, and follows the stage's kind", async () => {
    const p = await newPipeline(admin);
    const inPipeline = await createDeal(admin, dealBody({ pipeline_id: p.pipeline.id }));
    expect(inPipeline.body.data).toMatchObject({ pipeline: { id: p.pipeline.id, name: "Partners" }, stage: { id: p.intro.id }, probability: 5 });

    const won = await createDeal(admin, dealBody({ stage_id: p.signed.id }));
    expect(won.status).toBe(201);
    expect(won.body.data).toMatchObject({ pipeline: { id: p.pipeline.id }, status: "won", probability: 100 });
    expect(won.body.data.won_at).toMatch(ISO6);
    expect(won.body.data.closed_at).toMatch(ISO6);

    const lost = await createDeal(admin, dealBody({ pipeline_id: p.pipeline.id, stage_id: p.dropped.id }));
    expect(lost.body.data).toMatchObject({ status: "lost", probability: 0, won_at: null });
    expect((await dealRow(lost.body.data.uuid)).lostAt).toBeInstanceOf(Date);
  });

  it("puts each new card at the top of its stage column", async () => {
    const ws = await newWorkspace("Board");
    const first = await newDeal(ws);
    const second = await newDeal(ws);
    const [a, b] = [await dealRow(first), await dealRow(second)];
    expect(a.position).toBe("a0");
    expect(b.position).toBe(generateKeyBetween(null, "a0"));
    expect(b.position < a.position).toBe(true);
  });

  it("lets every role create deals", async () => {
    const rep = await addUser(admin, "USER");
    const res = await createDeal(rep, dealBody());
    expect(res.status).toBe(201);
    expect(res.body.data.owner.id).toBe(rep.ctx.userId);
  });

  describe("rejects bad input with 400 naming the field, writing nothing", () => {
    let foreignPipeline: string;
    let foreignStage: string;
    let otherPipelineStage: string;
    let pipelineId: string;
    beforeAll(async () => {
      const p = await newPipeline(other, "Foreign");
      foreignPipeline = p.pipeline.id;
      foreignStage = p.intro.id;
      otherPipelineStage = (await newPipeline(admin, "Second")).intro.id;
      pipelineId = (await salesStages(admin)).new_lead!.pipelineId!;
    });

    it.each([
      ["name missing", { name: undefined }, "name"],
      ["name blank", { name: "   " }, "name"],
      ["name too long", { name: "x".repeat(256) }, "name"],
      ["contact_email missing", { contact_email: undefined }, "contact_email"],
      ["contact_email invalid", { contact_email: "not-an-email" }, "contact_email"],
      ["contact_first_name missing for a new contact", { contact_first_name: undefined }, "contact_first_name"],
      ["negative amount", { amount: -1 }, "amount"],
      ["amount not a number", { amount: "lots" }, "amount"],
      ["currency of 4 letters", { currency: "EURO" }, "currency"],
      ["currency not ISO 4217", { currency: "ZZZ" }, "currency"],
      ["impossible date", { expected_close_date: "2024-02-30" }, "expected_close_date"],
      ["date in another format", { expected_close_date: "30/06/2024" }, "expected_close_date"],
      ["integer pipeline id", { pipeline_id: 1 }, "pipeline_id"],
      ["unknown pipeline", { pipeline_id: MISSING_ID }, "pipeline_id"],
      ["unknown stage", { stage_id: MISSING_ID }, "stage_id"],
    ])("%s", async (_label, over, field) => {
      const before = await counts(admin.ctx.tenantId);
      const res = await createDeal(admin, dealBody(over));
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty([field]);
      expect(res.body.message).toContain(field);
      expect(await counts(admin.ctx.tenantId)).toEqual(before);
    });

    it.each([
      ["another workspace's pipeline", () => ({ pipeline_id: foreignPipeline }), "pipeline_id"],
      ["another workspace's stage", () => ({ stage_id: foreignStage }), "stage_id"],
      ["a stage of another pipeline", () => ({ pipeline_id: pipelineId, stage_id: otherPipelineStage }), "stage_id"],
    ])("%s", async (_label, over, field) => {
      const before = await counts(admin.ctx.tenantId);
      const res = await createDeal(admin, dealBody(over()));
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual([field]);
      expect(await counts(admin.ctx.tenantId)).toEqual(before);
    });
  });

  it("answers 400 for malformed JSON and 401 without credentials", async () => {
    const bad = await call(collection.POST, { method: "POST", path: "/api/deals", rawBody: '{"name": ', headers: { ...admin.auth, "content-type": "application/json" } });
    expect(bad.status).toBe(400);
    const anonymous = await createDeal(null, dealBody());
    expect(anonymous.status).toBe(401);
  });

  it("creates exactly one contact when 20 requests race with the same new email in different cases", async () => {
    const ws = await newWorkspace("Race");
    const variants = ["race@example.test", "RACE@example.test", "Race@Example.Test", "race@EXAMPLE.TEST"];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createDeal(ws, { name: `Deal ${i}`, contact_email: variants[i % variants.length], contact_first_name: `Racer ${i}` })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const rows = await db.select().from(contacts).where(and(eq(contacts.tenantId, ws.ctx.tenantId), sql`lower(primary_email) = 'race@example.test'`));
    expect(rows).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.data.contact.uuid))).toEqual(new Set([rows[0]!.id]));
    // Creates take no lock, so deals created at the same moment may share a key; (position, id) still
    // orders the column completely, and the board shows each deal once in that order.
    const rows2 = await db.select({ id: deals.id, position: deals.position }).from(deals).where(eq(deals.tenantId, ws.ctx.tenantId));
    const sorted = [...rows2].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : 1));
    const cards = (await getBoard({ ctx: ws.ctx, query: {} })).columns[0]!.cards.map((c) => c.id);
    expect(cards).toEqual(sorted.map((r) => r.id));
    expect(new Set(cards).size).toBe(20);
  });

  it("answers exactly what reading the deal back gives, for a new contact, an existing one and custom fields", async () => {
    const ws = await newWorkspace("Answer");
    await createCustomField({ ctx: ws.ctx, input: { entity: "deal", fieldName: "budget", fieldType: "number", label: "Budget" } });
    await createCustomField({ ctx: ws.ctx, input: { entity: "deal", fieldName: "region", fieldType: "text", label: "Region" } });
    const fresh = await createDealVerb({ ctx: ws.ctx, input: { name: "One", amount: 10, contact_email: "Ann@Example.test", contact_first_name: "Ann", custom_fields: { budget: 12.5 } } });
    expect(fresh).toEqual(await getDealView(db, ws.ctx, fresh.id));
    expect(fresh.customFields).toEqual({ budget: 12.5, region: null });
    const again = await createDealVerb({ ctx: ws.ctx, input: { name: "Two", contact_email: "ann@example.TEST" } });
    expect(again).toEqual(await getDealView(db, ws.ctx, again.id));
    expect(again.primaryContact!.dealIds).toEqual([fresh.id, again.id]);
    const types = await db.select({ action: activities.action, entity: activities.entity }).from(activities).where(eq(activities.tenantId, ws.ctx.tenantId)).orderBy(asc(activities.id));
    expect(types.map((t) => `${t.entity}.${t.action}`)).toEqual(["contact.created", "deal.created", "deal.contact_linked", "deal.created", "deal.contact_linked"]);
  });
});

describe("GET /api/deals/{id}", () => {
  it("reads a deal back in document 002's shape", async () => {
    const id = await newDeal(admin, { description: "Two sites" });
    const res = await getDeal(admin, id);
    expect(res.status).toBe(200);
    expect(XalantisDealEnvelope.strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body.data).toMatchObject({ uuid: id, description: "Two sites", contacts: [expect.objectContaining({ full_name: "Sophie Martin" })] });
  });

  it("answers 404 for another workspace's, an unknown and a malformed id, and 401 without credentials", async () => {
    const id = await newDeal(admin);
    expect((await getDeal(other, id)).status).toBe(404);
    expect((await getDeal(admin, MISSING_ID)).status).toBe(404);
    const malformed = await getDeal(admin, "66552c5bf8309b0cae098994");
    expect(malformed.status).toBe(404);
    expect(malformed.body.error).toBe("Deal not found");
    expect((await getDeal(null, id)).status).toBe(401);
  });
});
