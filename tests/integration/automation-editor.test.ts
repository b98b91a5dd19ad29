import { beforeAll, describe, expect, it } from "vitest";
import * as testRunRoute from "@/app/api/automation/[automation]/test-run/route";
import { editorOptions } from "@/lib/automation/editor-data";
import { createDeal } from "@/lib/deals/create";
import { call, newWorkspace, type TestUser } from "../helpers";
import { createAutomation, stagesOf } from "./automation-fixtures";

let admin: TestUser;
let other: TestUser;
let st: Awaited<ReturnType<typeof stagesOf>>;

beforeAll(async () => {
  admin = await newWorkspace("Editor");
  other = await newWorkspace("Elsewhere");
  st = await stagesOf(admin);
});

describe("the automation editor's data", () => {
  it("offers the query registry's fields with the workspace's own stages and users, as the saved-filter builder does", async () => {
    const options = await editorOptions({ ctx: admin.ctx });
    const deal = new Map(options.fields.deal!.map((f) => [f.name, f]));
    expect(deal.get("amount")).toMatchObject({ type: "number", operators: expect.arrayContaining([">", "between"]) });
    const stage = deal.get("stage")!;
    expect(stage.options!.map((o) => o.value).sort()).toEqual(Object.values(st).map((s) => s.id).sort());
    const otherStages = Object.values(await stagesOf(other)).map((s) => s.id);
    expect(stage.options!.some((o) => otherStages.includes(o.value))).toBe(false);
    expect(options.users.map((u) => u.id)).toContain(admin.ctx.userId);
    expect(options.users.map((u) => u.id)).not.toContain(other.ctx.userId);
    expect(Object.keys(options.fields).sort()).toEqual(["account", "contact", "deal", "task"]);
  });

  it("accepts a condition exactly as the builder emits it (rule ids, numbers typed as text, stage by id)", async () => {
    const query = {
      id: "root",
      combinator: "and",
      not: false,
      rules: [
        { id: "r1", field: "amount", operator: ">", value: "10000", valueSource: "value" },
        { id: "r2", field: "stage", operator: "=", value: st.negotiation!.id, valueSource: "value" },
      ],
    };
    const nodes = [
      { id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { trigger: "deal.stage_changed", config: { toStageId: st.negotiation!.id } } },
      { id: "condition-2", type: "condition", position: { x: 0, y: 140 }, data: { query } },
      { id: "action-3", type: "action", position: { x: 0, y: 280 }, data: { action: "create_task", config: { title: "Call {{deal.name}}", type: "CALL", dueInDays: 1 } } },
    ];
    const edges = [
      { id: "e-trigger-out-condition-2", source: "trigger", target: "condition-2", sourceHandle: null, targetHandle: null },
      { id: "e-condition-2-true-action-3", source: "condition-2", target: "action-3", sourceHandle: "true", targetHandle: null },
    ];
    const created = await createAutomation(admin, { name: "Builder shape", automationTrigger: "deal.stage_changed", nodes, edges, isActive: true });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    const run = (recordId: string) => call(testRunRoute.POST, { method: "POST", path: `/api/automation/${id}/test-run`, body: { recordId }, params: { automation: id }, headers: admin.auth });
    const big = await createDeal({ ctx: admin.ctx, input: { name: "Big", amount: 25000, stage_id: st.negotiation!.id, contact_email: "big@ex.test", contact_first_name: "B" } });
    const small = await createDeal({ ctx: admin.ctx, input: { name: "Small", amount: 4000, stage_id: st.negotiation!.id, contact_email: "small@ex.test", contact_first_name: "S" } });
    const yes = await run(big.id);
    expect(yes.body.steps.map((s: { nodeId: string; output: unknown }) => [s.nodeId, s.output])).toEqual([
      ["trigger", expect.anything()],
      ["condition-2", { result: true }],
      ["action-3", { wouldCreate: expect.objectContaining({ title: "Call Big", type: "CALL" }) }],
    ]);
    const no = await run(small.id);
    expect(no.body.steps.map((s: { nodeId: string; output: unknown }) => [s.nodeId, s.output])).toEqual([
      ["trigger", expect.anything()],
      ["condition-2", { result: false }],
    ]);
  });
});
