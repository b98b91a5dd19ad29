import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as leadRoute from "@/app/api/lead/route";
import * as copyRoute from "@/app/api/lead/[lead]/copy/route";
import * as openRoute from "@/app/api/contact/[contact]/lead/open/route";
import { db } from "@/db/client";
import { activities, customFields, customFieldValues, deals, departments, franchises, leadSources, pipelines, stages } from "@/db/schema";
import { createAccount } from "@/lib/accounts/create";
import { updateDeal } from "@/lib/deals/update";
import { ConeLead } from "@/lib/http/serializers/leads";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";

const MISSING_ID = "018f0000-0000-7000-8000-000000000000";
const create = (user: TestUser | null, body: unknown) => call(leadRoute.POST, { method: "POST", path: "/api/lead", body, headers: user?.auth });
const copy = (user: TestUser, id: string, body: unknown) => call(copyRoute.POST, { method: "POST", path: `/api/lead/${id}/copy`, body, params: { lead: id }, headers: user.auth });
const openLeads = (user: TestUser, contact: string) => call(openRoute.GET, { path: `/api/contact/${contact}/lead/open`, params: { contact }, headers: user.auth });
const countDeals = async (tenantId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(deals).where(eq(deals.tenantId, tenantId)))[0]!.n;

/** A franchise, a department (optionally with its own pipeline), a lead source and a contact. */
async function org(user: TestUser, label: string, opts: { ownPipeline?: boolean } = {}) {
  const tenantId = user.ctx.tenantId;
  const [franchise] = await db.insert(franchises).values({ tenantId, name: `${label} Motors`, code: label.slice(0, 3) }).returning();
  let own: { pipeline: { id: string } } | null = null;
  if (opts.ownPipeline) {
    const [pipeline] = await db.insert(pipelines).values({ tenantId, name: "Used cars", position: 1 }).returning();
    await db.insert(stages).values({ tenantId, pipelineId: pipeline!.id, name: "Appraisal", key: "appraisal", position: 0 });
    own = { pipeline: pipeline! };
  }
  const [department] = await db.insert(departments).values({ tenantId, franchiseId: franchise!.id, name: "Sales New", pipelineId: own?.pipeline.id ?? null }).returning();
  const [source] = await db.insert(leadSources).values({ tenantId, name: "Website" }).returning();
  const account = await createAccount({ ctx: user.ctx, input: { name: `${label} Family`, primaryContact: { firstName: "Karim", lastName: "Benali", primaryEmail: `karim-${label.toLowerCase()}-${Math.random().toString(36).slice(2, 7)}@example.test` } } });
  return { franchise: franchise!, department: department!, source: source!, account, contactId: account.primaryContact!.id, pipelineId: own?.pipeline.id ?? null };
}

let admin: TestUser;
let rep: TestUser;
let rival: TestUser;
let o: Awaited<ReturnType<typeof org>>;
let rivalOrg: Awaited<ReturnType<typeof org>>;
const body = (over: Record<string, unknown> = {}) => ({
  subject: "Test drive — Peugeot 3008",
  department: { id: o.department.id },
  contact: { id: o.contactId },
  source: { id: o.source.id },
  franchise: { id: o.franchise.id },
  ...over,
});

beforeAll(async () => {
  admin = await newWorkspace("Garage");
  rep = await addUser(admin, "USER", "Sam Seller");
  rival = await newWorkspace("Rival");
  o = await org(admin, "Garage");
  rivalOrg = await org(rival, "Rival");
});

describe("POST /api/lead", () => {
  it("creates a lead (200) in document 003's Lead shape, in the first stage of the default pipeline", async () => {
    const [field] = await db.insert(customFields).values({ tenantId: admin.ctx.tenantId, entity: "deal", fieldName: "budget", label: "Budget", fieldType: "number" }).returning();
    const res = await create(admin, body({
      description: "Wants a hybrid",
      account: { id: o.account.id },
      assignees: [{ id: rep.ctx.userId }],
      category: "CAR",
      makeStr: "Peugeot",
      modelStr: "3008",
      yearStr: "2024",
      trimStr: "GT",
      utmCampaign: "spring",
      utmSource: "google",
      customerInitiated: true,
      leadHandlingInstructions: "Call before noon",
      customFieldValues: [{ field: { id: field!.id }, value: "32000" }],
    }));
    expect(res.status).toBe(200);
    expect(ConeLead.strict().safeParse(res.body).error).toBeUndefined();
    const lead = res.body;
    expect(lead).toMatchObject({
      subject: "Test drive — Peugeot 3008",
      description: "Wants a hybrid",
      status: { name: "open" },
      contact: { id: o.contactId },
      account: { id: o.account.id },
      source: { id: o.source.id },
      franchise: { id: o.franchise.id },
      department: { id: o.department.id },
      assignees: [{ id: rep.ctx.userId }],
      category: "CAR",
      makeStr: "Peugeot",
      modelStr: "3008",
      yearStr: "2024",
      trimStr: "GT",
      utmCampaign: "spring",
      utmSource: "google",
      customerInitiated: true,
      leadHandlingInstructions: "Call before noon",
      testDriveDone: null,
      visitCount: 0,
      isDeleted: false,
      createdBy: { id: admin.ctx.userId },
    });
    const [stage] = await db.select().from(stages).where(eq(stages.id, lead.stage.id));
    expect(stage).toMatchObject({ key: "new_lead", position: 0 });
    const [value] = await db.select().from(customFieldValues).where(eq(customFieldValues.recordId, lead.id));
    expect(Number(value!.valueNumber)).toBe(32000);
    const log = await db.select().from(activities).where(eq(activities.recordId, lead.id));
    expect(log.map((a) => a.action).sort()).toEqual(["contact_linked", "created"]);
  });

  it("places the lead in its department's pipeline, accepts bare id strings, and is owned by the caller without assignees", async () => {
    const own = await org(admin, "Usedcars", { ownPipeline: true });
    const res = await create(admin, { subject: "Trade-in", department: own.department.id, contact: own.contactId, source: own.source.id, franchise: own.franchise.id });
    expect(res.status).toBe(200);
    expect(res.body.pipeline).toEqual({ id: own.pipelineId });
    expect(res.body.assignees).toEqual([{ id: admin.ctx.userId }]);
  });

  it.each([
    [{ subject: undefined }, "subject"],
    [{ subject: "  " }, "subject"],
    [{ subject: "x".repeat(256) }, "subject"],
    [{ department: undefined }, "department"],
    [{ contact: undefined }, "contact"],
    [{ source: undefined }, "source"],
    [{ franchise: undefined }, "franchise"],
    [{ contact: { id: "12" } }, "contact.id"],
    [{ contact: { id: MISSING_ID } }, "contact.id"],
    [{ department: { id: MISSING_ID } }, "department.id"],
    [{ source: { id: MISSING_ID } }, "source.id"],
    [{ franchise: { id: MISSING_ID } }, "franchise.id"],
    [{ account: { id: MISSING_ID } }, "account.id"],
    [{ assignees: [{ id: MISSING_ID }] }, "assignees[0].id"],
    [{ customerInitiated: "yes" }, "customerInitiated"],
    [{ testDriveDate: "soon" }, "testDriveDate"],
    [{ customFieldValues: [{ field: { id: MISSING_ID }, value: "x" }] }, `customFieldValues.${MISSING_ID}`],
  ])("rejects bad input %# with 400 {errors, message} naming %s, writing nothing", async (over, field) => {
    const before = await countDeals(admin.ctx.tenantId);
    const res = await create(admin, body(over));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(typeof res.body.message).toBe("string");
    expect(await countDeals(admin.ctx.tenantId)).toBe(before);
  });

  it("refuses another workspace's references as unknown ones, and 401 without credentials", async () => {
    for (const [key, value] of [["contact", rivalOrg.contactId], ["department", rivalOrg.department.id], ["source", rivalOrg.source.id], ["franchise", rivalOrg.franchise.id]] as const) {
      const res = await create(admin, body({ [key]: { id: value } }));
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty([`${key}.id`]);
    }
    expect((await create(null, body())).status).toBe(401);
  });

  it("refuses a department of another franchise", async () => {
    const [other] = await db.insert(franchises).values({ tenantId: admin.ctx.tenantId, name: "Other branch" }).returning();
    const res = await create(admin, body({ franchise: { id: other!.id } }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ "department.id": "is not a department of this franchise" });
  });
});

describe("POST /api/lead/{lead}/copy", () => {
  it("copies a lead for another contact, keeping its properties and falling back to the original's subject", async () => {
    const { body: original } = await create(admin, body({ makeStr: "Renault", account: { id: o.account.id } }));
    const res = await copy(admin, original.id, { contact: { firstName: "Nadia", lastName: "Haddad", primaryEmail: `nadia-${Date.now()}@example.test` } });
    expect(res.status).toBe(200);
    expect(ConeLead.strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body.id).not.toBe(original.id);
    expect(res.body).toMatchObject({ subject: original.subject, makeStr: "Renault", account: { id: o.account.id }, department: original.department, franchise: original.franchise, source: original.source, status: { name: "open" } });
    expect(res.body.contact.id).not.toBe(o.contactId);
    const log = await db.select().from(activities).where(and(eq(activities.recordId, original.id), eq(activities.action, "copied")));
    expect(log[0]!.changes).toEqual({ copyId: { from: null, to: res.body.id } });
  });

  it("takes the overrides given", async () => {
    const { body: original } = await create(admin, body());
    const res = await copy(admin, original.id, { contact: { id: o.contactId }, subject: "Second car", account: null });
    expect(res.body).toMatchObject({ subject: "Second car", account: null, contact: { id: o.contactId } });
  });

  it("answers 400 naming the field and writes nothing on bad input", async () => {
    const { body: original } = await create(admin, body());
    const before = await countDeals(admin.ctx.tenantId);
    for (const [input, field] of [[{}, "contact"], [{ contact: { id: rivalOrg.contactId } }, "contact.id"], [{ contact: { id: o.contactId }, department: { id: MISSING_ID } }, "department.id"], [{ contact: { id: o.contactId }, subject: "" }, "subject"]] as const) {
      const res = await copy(admin, original.id, input);
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty([field]);
    }
    expect(await countDeals(admin.ctx.tenantId)).toBe(before);
  });

  it("answers 404 for unknown, malformed and other workspaces' leads", async () => {
    const { body: foreign } = await create(rival, { subject: "Secret", department: { id: rivalOrg.department.id }, contact: { id: rivalOrg.contactId }, source: { id: rivalOrg.source.id }, franchise: { id: rivalOrg.franchise.id } });
    for (const id of [MISSING_ID, "17", foreign.id]) expect((await copy(admin, id, { contact: { id: o.contactId } })).status).toBe(404);
  });
});

describe("GET /api/contact/{contact}/lead/open", () => {
  it("lists the contact's open leads, newest first, leaving out won, lost and deleted ones", async () => {
    const fresh = await org(admin, "Openers");
    const first = (await create(admin, body({ contact: { id: fresh.contactId }, subject: "First" }))).body;
    const second = (await create(admin, body({ contact: { id: fresh.contactId }, subject: "Second" }))).body;
    const won = (await create(admin, body({ contact: { id: fresh.contactId }, subject: "Won" }))).body;
    await updateDeal({ ctx: admin.ctx, id: won.id, input: { status: "won" } });
    const res = await openLeads(admin, fresh.contactId);
    expect(res.status).toBe(200);
    expect(res.body.map((l: { subject: string }) => l.subject)).toEqual(["Second", "First"]);
    expect(res.body.every((l: unknown) => ConeLead.strict().safeParse(l).success)).toBe(true);
    expect(first.id).not.toBe(second.id);
  });

  it("answers an empty list for a contact without open leads, 404 for integer, unknown and foreign contacts", async () => {
    const lonely = await org(admin, "Lonely");
    expect((await openLeads(admin, lonely.contactId)).body).toEqual([]);
    for (const id of ["42", MISSING_ID, rivalOrg.contactId]) expect((await openLeads(admin, id)).status).toBe(404);
  });
});
