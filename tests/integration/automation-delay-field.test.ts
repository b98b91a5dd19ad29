import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as testRunRoute from "@/app/api/automation/[automation]/test-run/route";
import { db } from "@/db/client";
import { automationRuns, customFieldValues, deals } from "@/db/schema";
import { engineSettings } from "@/lib/automation/engine";
import { drainJobs } from "@/lib/automation/worker";
import { createCustomField } from "@/lib/custom-fields/create";
import { createDeal } from "@/lib/deals/create";
import { call, newWorkspace, type TestUser } from "../helpers";
import { createAutomation, patchAutomation } from "./automation-fixtures";

let admin: TestUser;
let renewalId: string;
const node = (id: string, type: string, data: unknown) => ({ id, type, position: { x: 0, y: 0 }, data });
const testRun = (u: TestUser, id: string, body: unknown) => call(testRunRoute.POST, { method: "POST", path: `/api/automation/${id}/test-run`, body, params: { automation: id }, headers: u.auth });

/** deal.created → wait until <field> (+offset) → add a note. */
const untilGraph = (delay: Record<string, unknown>, trigger = "deal.created") => ({
  name: "Wait for a date",
  automationTrigger: trigger,
  nodes: [node("t", "trigger", { trigger }), node("d", "delay", { delay }), node("n", "action", { action: "send_email", config: { to: "x@ex.test", subject: "s", body: "b" } })],
  edges: [
    { id: "e1", source: "t", target: "d" },
    { id: "e2", source: "d", target: "n" },
  ],
});

beforeAll(async () => {
  engineSettings.backoffMs = 20;
  admin = await newWorkspace("Delay fields");
  renewalId = (await createCustomField({ ctx: admin.ctx, input: { entity: "deal", fieldName: "renewal", fieldType: "datetime", label: "Renewal" } })).id;
});

describe("delay until a date field of the record", () => {
  it("activates only with a date field of the trigger's record, named as the query registry names it", async () => {
    for (const untilField of ["expectedCloseDate", "dateCreated", "stageChangedAt", "custom.renewal"]) {
      const res = await createAutomation(admin, { ...untilGraph({ untilField, offsetHours: 9 }), isActive: true });
      expect(res.status, untilField).toBe(200);
      expect(res.body.nodes[1].data).toEqual({ delay: { untilField, offsetHours: 9 } });
    }
    // Not a date, unknown, a relation's date, a contact field on a deal trigger: 400 naming the setting, nothing saved.
    for (const untilField of ["name", "nope", "openTask.dueAt", "lastActivityAt", ""]) {
      const before = await db.select().from(automationRuns);
      const res = await createAutomation(admin, { ...untilGraph({ untilField }), isActive: true });
      expect(res.status, untilField).toBe(400);
      expect(Object.keys(res.body.errors).some((k) => k.startsWith("nodes[1].data.delay")), `${untilField} ${JSON.stringify(res.body.errors)}`).toBe(true);
      expect(await db.select().from(automationRuns)).toHaveLength(before.length);
    }
    // An offset out of range or of the wrong type.
    expect((await createAutomation(admin, { ...untilGraph({ untilField: "dateCreated", offsetHours: 9000 }), isActive: true })).status).toBe(400);
    expect((await createAutomation(admin, { ...untilGraph({ untilField: "dateCreated", offsetHours: "9" }), isActive: true })).status).toBe(400);
    // A trigger without a record has no date to wait for.
    const res = await createAutomation(admin, { ...untilGraph({ untilField: "dateCreated" }, "webhook"), isActive: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(["nodes[1].data.delay.untilField"]);
    // A draft may name anything; activating it later checks again.
    const draft = await createAutomation(admin, untilGraph({ untilField: "nope" }));
    expect(draft.status).toBe(200);
    expect((await patchAutomation(admin, draft.body.id, { isActive: true })).status).toBe(400);
  });

  it("waits for the field's moment plus the offset: date, datetime, custom field, empty field", async () => {
    const deal = await createDeal({ ctx: admin.ctx, input: { name: "Renewal deal", amount: 10, expected_close_date: "2030-05-01", contact_email: "dl@ex.test", contact_first_name: "D" } });
    const [row] = await db.select().from(deals).where(eq(deals.id, deal.id));
    const dry = async (delay: Record<string, unknown>) => {
      const { body: a } = await createAutomation(admin, untilGraph(delay));
      const res = await testRun(admin, a.id, { recordId: deal.id });
      expect(res.status).toBe(200);
      return res.body.steps.find((s: { nodeId: string }) => s.nodeId === "d").output;
    };
    // A date field is midnight UTC of its day.
    expect(await dry({ untilField: "expectedCloseDate", offsetHours: 9 })).toMatchObject({ until: "2030-05-01T09:00:00.000Z", wouldWait: true });
    expect(await dry({ untilField: "expectedCloseDate", offsetHours: -24 })).toMatchObject({ until: "2030-04-30T00:00:00.000Z" });
    // dateCreated is the registry's name of createdAt.
    expect((await dry({ untilField: "dateCreated", offsetHours: 2 })).until).toBe(new Date(row!.createdAt.getTime() + 2 * 3_600_000).toISOString());
    // A custom datetime field: empty first (the delay is skipped), then set.
    expect(await dry({ untilField: "custom.renewal" })).toEqual({ skipped: "the date field is empty" });
    await db.insert(customFieldValues).values({ tenantId: admin.ctx.tenantId, fieldId: renewalId, entity: "deal", recordId: deal.id, valueDate: new Date("2031-01-02T03:04:05Z") });
    expect((await dry({ untilField: "custom.renewal", offsetHours: 1 })).until).toBe("2031-01-02T04:04:05.000Z");
  });

  it("a date already past does not wait; a future one leaves the run waiting", async () => {
    const past = await createAutomation(admin, { ...untilGraph({ untilField: "dateCreated", offsetHours: -1 }), isActive: true });
    const future = await createAutomation(admin, { ...untilGraph({ untilField: "expectedCloseDate" }), isActive: true });
    await createDeal({ ctx: admin.ctx, input: { name: "Timed", amount: 1, expected_close_date: "2035-01-01", contact_email: "tm@ex.test", contact_first_name: "T" } });
    await drainJobs();
    const [p] = await db.select().from(automationRuns).where(eq(automationRuns.automationId, past.body.id));
    const [f] = await db.select().from(automationRuns).where(eq(automationRuns.automationId, future.body.id));
    expect(p!.status).toBe("succeeded");
    expect(f!.status).toBe("waiting");
  });
});
