import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { dealContacts } from "@/db/schema";
import { AlaaqatDealEnvelope } from "@/lib/http/serializers/deals";
import { newWorkspace, type TestUser } from "../helpers";
import { attach, counts, dealActivities, dealRow, detach, ISO6, MISSING_ID, newContact, newDeal, patchDeal, salesStages } from "./deals-fixtures";

let admin: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Alaaqat");
  other = await newWorkspace("Rival");
});

const linkedIds = async (dealId: string) => (await db.select().from(dealContacts).where(eq(dealContacts.dealId, dealId))).map((l) => l.contactId).sort();
type Contact = { _id: string; firstname: string; deal_ids: string[] };

describe("POST /api/deals/{_id}/attach-contacts (document 000)", () => {
  it("attaches contacts and answers {data: {properties, contacts}, message} with the documented keys and types", async () => {
    const dealId = await newDeal(admin, { amount: 50, expected_close_date: "2024-04-30", next_steps: "test" });
    const [shamaseen, ammar] = [await newContact(admin, "Shamaseen"), await newContact(admin, "Ammar")];
    const res = await attach(admin, dealId, { contact_ids: [shamaseen, ammar] });
    expect(res.status).toBe(200);
    expect(AlaaqatDealEnvelope.strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body.message).toBe("Entity was modified Successfully");
    const p = res.body.data.properties;
    expect(p).toMatchObject({ _id: dealId, deal_name: "Partenariat 2024", amount: 50, deal_stage: "new_lead", close_date: "2024-04-30T00:00:00.000000Z", next_steps: "test", forecast_amount: 5, forcast_amount: 5 });
    expect(p.created_at).toMatch(ISO6);
    expect(p.updated_at).toMatch(ISO6);
    const contacts: Contact[] = res.body.data.contacts;
    expect(contacts.map((c) => c.firstname)).toEqual(["Sophie", "Shamaseen", "Ammar"]);
    const ammarView = contacts.find((c) => c._id === ammar)!;
    expect(ammarView).toMatchObject({ lastname: "Test", account_id: admin.ctx.tenantId, phone: "+33 6 00 00 00 00", deal_ids: [dealId] });
    const log = (await dealActivities(dealId)).filter((a) => a.action === "contact_linked");
    expect(log.map((a) => a.changes.contactId!.to)).toEqual(expect.arrayContaining([shamaseen, ammar]));
  });

  it("is idempotent: attaching an attached contact again changes nothing", async () => {
    const dealId = await newDeal(admin);
    const lea = await newContact(admin, "Lea");
    await attach(admin, dealId, { contact_ids: [lea] });
    const before = await counts(admin.ctx.tenantId);
    const again = await attach(admin, dealId, { contact_ids: [lea, lea] });
    expect(again.status).toBe(200);
    expect(again.body.data.contacts).toHaveLength(2);
    expect(await counts(admin.ctx.tenantId)).toEqual(before);
  });

  it("lists every deal of a contact in deal_ids, and computes forecast_amount from the stage's probability", async () => {
    const shared = await newContact(admin, "Shared");
    const first = await newDeal(admin, { amount: 1000 });
    const second = await newDeal(admin, { amount: 1000 });
    await attach(admin, first, { contact_ids: [shared] });
    await patchDeal(admin, second, { stage_id: (await salesStages(admin)).negotiation!.id });
    const res = await attach(admin, second, { contact_ids: [shared] });
    expect(res.body.data.properties).toMatchObject({ deal_stage: "negotiation", forecast_amount: 750 });
    expect(res.body.data.contacts.find((c: Contact) => c._id === shared).deal_ids).toEqual([first, second]);
  });

  describe("rejects bad ids with 400 naming the entry, writing nothing", () => {
    let dealId: string;
    let known: string;
    let foreign: string;
    beforeAll(async () => {
      dealId = await newDeal(admin);
      known = await newContact(admin, "Known");
      foreign = await newContact(other, "Foreign");
    });

    it.each([
      ["an unknown id after a good one", () => ({ contact_ids: [known, MISSING_ID] }), "contact_ids[1]"],
      ["another workspace's contact", () => ({ contact_ids: [foreign] }), "contact_ids[0]"],
      ["a 24-hex id", () => ({ contact_ids: [known, "6505bfaca1b58a446e0ccd03"] }), "contact_ids[1]"],
      ["an empty list", () => ({ contact_ids: [] }), "contact_ids"],
      ["no list", () => ({}), "contact_ids"],
      ["a string instead of a list", () => ({ contact_ids: known }), "contact_ids"],
    ])("%s", async (_label, body, field) => {
      const before = await counts(admin.ctx.tenantId);
      const res = await attach(admin, dealId, body());
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual([field]);
      expect(await counts(admin.ctx.tenantId)).toEqual(before);
    });
  });

  it("answers 404 for another workspace's, an unknown or a malformed deal id, and 401 without credentials", async () => {
    const dealId = await newDeal(admin);
    const mine = await newContact(other, "Mine");
    expect((await attach(other, dealId, { contact_ids: [mine] })).status).toBe(404);
    expect((await attach(admin, MISSING_ID, { contact_ids: [mine] })).status).toBe(404);
    expect((await attach(admin, "66552c5bf8309b0cae098994", { contact_ids: [mine] })).status).toBe(404);
    expect((await attach(null, dealId, { contact_ids: [mine] })).status).toBe(401);
    expect(await linkedIds(dealId)).toHaveLength(1);
  });
});

describe("POST /api/deals/{_id}/detach-contact (document 000)", () => {
  it("detaches one contact and records it", async () => {
    const dealId = await newDeal(admin);
    const [a, b] = [await newContact(admin, "Alpha"), await newContact(admin, "Beta")];
    await attach(admin, dealId, { contact_ids: [a, b] });
    const res = await detach(admin, dealId, { contact_id: a });
    expect(res.status).toBe(200);
    expect(AlaaqatDealEnvelope.strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body.data.contacts.map((c: Contact) => c.firstname)).toEqual(["Sophie", "Beta"]);
    const log = (await dealActivities(dealId)).filter((x) => x.action === "contact_unlinked");
    expect(log).toMatchObject([{ changes: { contactId: { from: a, to: null } }, actorId: admin.ctx.userId }]);
  });

  it("promotes the longest-attached contact when the primary one leaves, and clears it when none is left", async () => {
    const dealId = await newDeal(admin);
    const primary = (await dealRow(dealId)).primaryContactId!;
    const [a, b] = [await newContact(admin, "First"), await newContact(admin, "Second")];
    await attach(admin, dealId, { contact_ids: [a] });
    await attach(admin, dealId, { contact_ids: [b] });
    const res = await detach(admin, dealId, { contact_id: primary });
    expect(res.body.data.properties.primary_contact_id).toBe(a);
    await detach(admin, dealId, { contact_id: a });
    expect((await dealRow(dealId)).primaryContactId).toBe(b);
    const last = await detach(admin, dealId, { contact_id: b });
    expect(last.body.data).toMatchObject({ contacts: [], properties: { primary_contact_id: null } });
    // A deal without contacts takes the first one attached as its primary contact again.
    const again = await attach(admin, dealId, { contact_ids: [b, a] });
    expect(again.body.data.properties.primary_contact_id).toBe(b);
  });

  it("is idempotent: detaching a contact that is not attached answers 200 and writes nothing", async () => {
    const dealId = await newDeal(admin);
    const loose = await newContact(admin, "Loose");
    const before = await counts(admin.ctx.tenantId);
    const res = await detach(admin, dealId, { contact_id: loose });
    expect(res.status).toBe(200);
    expect(res.body.data.contacts).toHaveLength(1);
    expect(await counts(admin.ctx.tenantId)).toEqual(before);
  });

  it.each([
    [{ contact_id: MISSING_ID }, "contact_id"],
    [{ contact_id: "65cb6719ae87531d6c045873" }, "contact_id"],
    [{}, "contact_id"],
  ])("rejects %o with 400 naming %s, writing nothing", async (body, field) => {
    const dealId = await newDeal(admin);
    const before = await counts(admin.ctx.tenantId);
    const res = await detach(admin, dealId, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
    expect(await counts(admin.ctx.tenantId)).toEqual(before);
  });

  it("refuses another workspace's contact and deal", async () => {
    const dealId = await newDeal(admin);
    const foreign = await newContact(other, "Foreign");
    expect((await detach(admin, dealId, { contact_id: foreign })).status).toBe(400);
    const primary = (await dealRow(dealId)).primaryContactId!;
    expect((await detach(other, dealId, { contact_id: primary })).status).toBe(404);
    expect((await detach(null, dealId, { contact_id: primary })).status).toBe(401);
    expect(await linkedIds(dealId)).toEqual([primary]);
  });
});
