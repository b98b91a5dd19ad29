import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { automationRuns, automationRunSteps, automations, tasks } from "@/db/schema";
import { engineSettings } from "@/lib/automation/engine";
import { testRun } from "@/lib/automation/test-run";
import { drainJobs } from "@/lib/automation/worker";
import { createCustomField } from "@/lib/custom-fields/create";
import { deleteCustomField } from "@/lib/custom-fields/delete";
import { createDeal } from "@/lib/deals/create";
import { updateDeal } from "@/lib/deals/update";
import { countAndPage } from "@/lib/query";
import { newWorkspace, type TestUser } from "../helpers";
import { createAutomation, patchAutomation, stageTaskGraph, stagesOf } from "./automation-fixtures";

/** Conditions go through lib/query: the same registry validates them and the same compiler decides them. */

let admin: TestUser;
let st: Awaited<ReturnType<typeof stagesOf>>;
let n = 0;
const newDeal = async (input: Record<string, unknown>) =>
  createDeal({ ctx: admin.ctx, input: { name: `Deal ${++n}`, contact_email: `k${n}-${Date.now()}@ex.test`, contact_first_name: "Kim", ...input } });
const count = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(automations).where(eq(automations.tenantId, admin.ctx.tenantId)))[0]!.n;

/** The stage → task graph with the given condition query. */
function withQuery(query: unknown, title = "Follow up {{deal.name}}") {
  const graph = stageTaskGraph(st.negotiation!.id, { minAmount: 0, title });
  (graph.nodes[2] as { data: unknown }).data = { query };
  return graph;
}

beforeAll(async () => {
  engineSettings.backoffMs = 20;
  admin = await newWorkspace("Conditions");
  st = await stagesOf(admin);
  await createCustomField({ ctx: admin.ctx, input: { entity: "deal", fieldName: "budget", fieldType: "number", label: "Budget" } });
  await drainJobs();
});

describe("activation checks condition queries against the query registry", () => {
  it.each([
    [{ combinator: "and", rules: [{ field: "nope", operator: "=", value: 1 }] }, "nodes[2].data.query.rules[0].field"],
    [{ combinator: "and", rules: [{ field: "amount", operator: "contains", value: "1" }] }, "nodes[2].data.query.rules[0].operator"],
    [{ combinator: "and", rules: [{ field: "amount", operator: ">", value: "lots" }] }, "nodes[2].data.query.rules[0].value"],
    [{ combinator: "or", rules: [{ field: "name", operator: "=", value: "x" }, { combinator: "and", rules: [{ field: "custom.missing", operator: "notNull" }] }] }, "nodes[2].data.query.rules[1].rules[0].field"],
    [{ combinator: "and", rules: [{ field: "status", operator: "=", value: "MAYBE" }] }, "nodes[2].data.query.rules[0].value"],
  ])("refuses query %# naming %s, writing nothing; the same graph saves as a draft", async (query, path) => {
    const before = await count();
    const res = await createAutomation(admin, { ...withQuery(query), isActive: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([path]);
    expect(res.body.errors).toHaveProperty(["isActive"]);
    expect(await count()).toBe(before);
    const draft = await createAutomation(admin, withQuery(query));
    expect(draft.status).toBe(200);
    const activate = await patchAutomation(admin, draft.body.id, { isActive: true });
    expect(activate.status).toBe(400);
    expect(activate.body.errors).toHaveProperty([path]);
  });

  it("accepts registry fields: relations, custom fields, enums, relative dates and 'me'", async () => {
    const query = {
      combinator: "and",
      rules: [
        { field: "custom.budget", operator: ">=", value: "100" },
        { field: "status", operator: "in", value: "OPEN,WON" },
        { field: "dateCreated", operator: "=", value: "today" },
        { field: "owner", operator: "=", value: "me" },
        { combinator: "or", rules: [{ field: "account.name", operator: "null" }, { field: "name", operator: "contains", value: "deal" }] },
      ],
    };
    const res = await createAutomation(admin, { ...withQuery(query), isActive: true });
    expect(res.status).toBe(200);
    await patchAutomation(admin, res.body.id, { isActive: false });
  });
});

describe("the engine decides conditions with the compiler", () => {
  it("custom field condition: true branch creates the task, false branch does nothing", async () => {
    const { body: a } = await createAutomation(admin, { ...withQuery({ combinator: "and", rules: [{ field: "custom.budget", operator: ">", value: 100 }] }, "Budget {{deal.name}}"), isActive: true });
    const rich = await newDeal({ amount: 1, customFields: { budget: 150 } });
    const poor = await newDeal({ amount: 1, customFields: { budget: 50 } });
    const none = await newDeal({ amount: 1 });
    for (const d of [rich, poor, none]) await updateDeal({ ctx: admin.ctx, id: d.id, input: { stage_id: st.negotiation!.id } });
    await drainJobs();
    const made = await db.select().from(tasks).where(eq(tasks.title, `Budget ${rich.name}`));
    expect(made).toHaveLength(1);
    expect(await db.select().from(tasks).where(sql`${tasks.dealId} in (${poor.id}, ${none.id}) and ${tasks.title} like 'Budget %'`)).toHaveLength(0);
    const runs = await db.select().from(automationRuns).where(eq(automationRuns.automationId, a.id));
    expect(runs.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    await patchAutomation(admin, a.id, { isActive: false });
  });

  it("agrees with the saved-filter results for every query (dry test runs against each deal)", async () => {
    const deals = [
      await newDeal({ name: "Acme renewal", amount: 5000, customFields: { budget: 10 } }),
      await newDeal({ name: "Globex expansion", amount: 50000 }),
      await newDeal({ name: "Initech pilot", amount: 0, customFields: { budget: 900 } }),
    ];
    await updateDeal({ ctx: admin.ctx, id: deals[1]!.id, input: { stage_id: st.closed_won!.id } });
    const queries = [
      { combinator: "and", rules: [{ field: "amount", operator: ">", value: 1000 }] },
      { combinator: "or", rules: [{ field: "name", operator: "beginsWith", value: "ACME" }, { field: "custom.budget", operator: "between", value: [500, 1000] }] },
      { combinator: "and", not: true, rules: [{ field: "custom.budget", operator: "notNull" }] },
      { combinator: "and", rules: [{ field: "status", operator: "=", value: "WON" }, { field: "stage", operator: "=", value: st.closed_won!.id }] },
      { combinator: "and", rules: [{ field: "amount", operator: "!=", value: 0 }] },
    ];
    for (const query of queries) {
      const { body: a } = await createAutomation(admin, withQuery(query));
      const { rows } = await countAndPage({ ctx: admin.ctx, entity: "deal", query, limit: 500 });
      const inFilter = new Set(rows.map((r) => r.id));
      for (const d of deals) {
        const run = await testRun({ ctx: admin.ctx, id: a.id, input: { recordId: d.id } });
        const step = run.steps.find((s) => s.nodeId === "c")!;
        expect({ query, deal: d.name, result: (step.output as { result: boolean }).result }).toEqual({ query, deal: d.name, result: inFilter.has(d.id) });
      }
    }
  });

  it("a condition made invalid after activation (custom field deleted) fails the run, naming the problem", async () => {
    const field = await createCustomField({ ctx: admin.ctx, input: { entity: "deal", fieldName: "region", fieldType: "text", label: "Region" } });
    const { body: a } = await createAutomation(admin, { ...withQuery({ combinator: "and", rules: [{ field: "custom.region", operator: "=", value: "EU" }] }), isActive: true });
    await deleteCustomField({ ctx: admin.ctx, id: field.id });
    const d = await newDeal({ amount: 1 });
    await updateDeal({ ctx: admin.ctx, id: d.id, input: { stage_id: st.negotiation!.id } });
    await drainJobs();
    const [run] = await db.select().from(automationRuns).where(eq(automationRuns.automationId, a.id));
    expect(run!.status).toBe("failed");
    expect(run!.error).toMatch(/custom\.region/);
    const steps = await db.select().from(automationRunSteps).where(eq(automationRunSteps.runId, run!.id)).orderBy(asc(automationRunSteps.at));
    expect(steps.at(-1)).toMatchObject({ nodeId: "c", status: "failed", attempt: 1 });
  });
});
