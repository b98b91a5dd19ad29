import { beforeAll, describe, expect, it } from "vitest";
import * as publicRoute from "@/app/api/public/deals/[id]/route";
import { UserComDeal } from "@/lib/http/serializers/deals";
import { addUser, call, newWorkspace, type TestUser } from "../helpers";
import { dealActivities, dealRow, ISO6, MISSING_ID, newContact, newDeal, publicGet, publicUpdate, salesStages } from "./deals-fixtures";

let admin: TestUser;
let other: TestUser;
let sales: Awaited<ReturnType<typeof salesStages>>;
beforeAll(async () => {
  admin = await newWorkspace("UserCom");
  other = await newWorkspace("Rival");
  sales = await salesStages(admin);
});

const stage = (key: string) => sales[key]!;
const tokenAuth = (user: TestUser) => ({ authorization: `Token ${user.key}` });

describe("update deal at /api/public/deals/{id}/ (document 001)", () => {
  it.each(["POST", "PUT", "PATCH"] as const)("%s with JSON answers the bare deal in document 001's shape", async (method) => {
    const id = await newDeal(admin, { amount: 525 });
    const res = await publicUpdate(admin, id, { id: 1666, name: `Updated by ${method}`, description: "updated description" }, { method, headers: tokenAuth(admin) });
    expect(res.status).toBe(200);
    expect(UserComDeal.strict().safeParse(res.body).error).toBeUndefined();
    const d = res.body;
    expect(d).toMatchObject({
      id,
      name: `Updated by ${method}`,
      description: "updated description",
      value: "525.00",
      currency: "EUR",
      custom_id: null,
      stage: stage("new_lead").id,
      pipeline: stage("new_lead").pipelineId,
      agent: admin.ctx.userId,
      assigned_to: admin.ctx.userId,
      restricted_to: null,
      status: "1",
      created_by: admin.ctx.userId,
      expected_close_date: null,
    });
    expect(typeof d.person).toBe("string");
    expect(d.created_at).toMatch(ISO6);
    expect(d.updated_at).toMatch(ISO6);
    expect(d.updated_at > d.created_at).toBe(true);
  });

  it("accepts a form-encoded body with document 001's fields and YYYY:MM:DD dates", async () => {
    const id = await newDeal(admin);
    const lea = await newContact(admin, "Lea");
    const agent = await addUser(admin, "USER", "Agent Smith");
    const res = await publicUpdate(
      admin,
      id,
      { name: "Form name", value: "1234.5", currency: "usd", custom_id: "ERP-77", person: lea, assigned_to: agent.ctx.userId, expected_close_date: "2024:12:31", description: "" },
      { form: true },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Form name", value: "1234.50", currency: "USD", custom_id: "ERP-77", person: lea, agent: agent.ctx.userId, expected_close_date: "2024-12-31", description: null });
    expect(await dealRow(id)).toMatchObject({ amount: "1234.5000", ownerId: agent.ctx.userId, primaryContactId: lea });
  });

  it("moves stages with `stage`/`pipeline` and document 001's status codes, storing the loss reason", async () => {
    const id = await newDeal(admin);
    const won = await publicUpdate(admin, id, { stage: stage("closed_won").id, pipeline: stage("closed_won").pipelineId });
    expect(won.body).toMatchObject({ status: "2", stage: stage("closed_won").id, probability: 100, lost_at: null });
    expect(won.body.won_at).toMatch(ISO6);

    const lost = await publicUpdate(admin, id, { status: "3", loss_reason_description: "Price too high" }, { method: "PUT", form: true });
    expect(lost.body).toMatchObject({ status: "3", stage: stage("closed_lost").id, loss_reason_description: "Price too high", won_at: null });
    expect(lost.body.lost_at).toMatch(ISO6);

    const reopened = await publicUpdate(admin, id, { status: 1 });
    expect(reopened.body).toMatchObject({ status: "1", stage: stage("new_lead").id, loss_reason_description: null, lost_at: null });
    expect((await dealActivities(id)).filter((a) => a.action === "stage_changed")).toHaveLength(3);
  });

  it("takes `agent` as the owner too", async () => {
    const id = await newDeal(admin);
    const agent = await addUser(admin, "MANAGER");
    expect((await publicUpdate(admin, id, { agent: agent.ctx.userId }, { method: "PATCH" })).body).toMatchObject({ agent: agent.ctx.userId, assigned_to: agent.ctx.userId });
  });

  it.each([
    [{ value: "-3" }, "value"],
    [{ value: "abc" }, "value"],
    [{ name: "" }, "name"],
    [{ currency: "DOLLARS" }, "currency"],
    [{ expected_close_date: "2024/12/31" }, "expected_close_date"],
    [{ expected_close_date: "2024:02:30" }, "expected_close_date"],
    [{ status: "4" }, "status"],
    [{ stage: "25898" }, "stage"],
    [{ stage: MISSING_ID }, "stage"],
    [{ pipeline: MISSING_ID }, "pipeline"],
    [{ person: "22266722" }, "person"],
    [{ person: MISSING_ID }, "person"],
    [{ assigned_to: MISSING_ID }, "assigned_to"],
  ])("rejects %o as a form with 400 naming %s, changing nothing", async (body, field) => {
    const id = await newDeal(admin, { name: "Stays" });
    const before = await dealRow(id);
    const res = await publicUpdate(admin, id, { description: "not written", ...body }, { form: true });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
    expect(await dealRow(id)).toEqual(before);
  });

  it("answers 400 for malformed JSON (document 001's own samples end objects with a trailing comma)", async () => {
    const id = await newDeal(admin);
    const headers = { ...admin.auth, "content-type": "application/json" };
    const bad = await call(publicRoute.POST, { method: "POST", path: `/api/public/deals/${id}/`, rawBody: '{"name": "x",}', params: { id }, headers });
    expect(bad.status).toBe(400);
    expect((await dealRow(id)).name).toBe("Partenariat 2024");
  });

  it("answers 404 for another workspace's, an unknown or a malformed id, and 401 without credentials", async () => {
    const id = await newDeal(admin);
    expect((await publicUpdate(other, id, { name: "Stolen" })).status).toBe(404);
    expect((await publicUpdate(admin, MISSING_ID, { name: "x" })).status).toBe(404);
    expect((await publicUpdate(admin, "3300", { name: "x" }, { method: "PUT" })).status).toBe(404);
    expect((await publicUpdate(null, id, { name: "x" })).status).toBe(401);
    expect((await publicUpdate(admin, id, { name: "x" }, { headers: { authorization: "Token not-a-key" } })).status).toBe(401);
    expect((await dealRow(id)).name).toBe("Partenariat 2024");
  });
});

describe("GET /api/public/deals/{id}/", () => {
  it("reads the deal back in document 001's shape, with either credential scheme", async () => {
    const id = await newDeal(admin, { amount: 99.999 });
    const res = await publicGet(admin, id, tokenAuth(admin));
    expect(res.status).toBe(200);
    expect(UserComDeal.strict().safeParse(res.body).error).toBeUndefined();
    expect(res.body).toMatchObject({ id, value: "99.999", status: "1" });
    expect((await publicGet(other, id)).status).toBe(404);
  });
});
