import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { describeFailure } from "@/components/forms/failure-text";
import type { ActionFailure, ActionResult } from "@/components/forms/action-result";
import { listActivities } from "@/lib/activity/list";
import { createCustomField } from "@/lib/custom-fields/create";
import { readValues } from "@/lib/custom-fields/values";
import { db } from "@/db/client";
import { createDeal } from "@/lib/deals/create";
import { newWorkspace, type TestUser } from "../helpers";
import { session } from "./action-session";

// Every custom field type edited in place on the record pages and list cells goes through the records' update
// actions with `customFields` (deals: `custom_fields`); the refusals carry neutral issues for the reader's language.
vi.mock("@/lib/auth/session", () => import("./action-session"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const contactActions = await import("@/app/(crm)/contacts/actions");
const accountActions = await import("@/app/(crm)/accounts/actions");
const dealActions = await import("@/app/(crm)/deals/actions");

let admin: TestUser;
let other: TestUser;
const FIELDS = [
  { fieldName: "since", label: "Customer since", fieldType: "date" },
  { fieldName: "callAt", label: "Call at", fieldType: "datetime" },
  { fieldName: "tier", label: "Tier", fieldType: "select", options: { choices: [{ value: "gold", label: "Gold" }, "silver"] } },
  { fieldName: "tags", label: "Tags", fieldType: "multiselect", options: { choices: ["vip", "press", "partner"] } },
  { fieldName: "vip", label: "VIP", fieldType: "boolean" },
  { fieldName: "seats", label: "Seats", fieldType: "number", options: { min: 1, max: 500 } },
  { fieldName: "site", label: "Site", fieldType: "url" },
  { fieldName: "notes", label: "Notes", fieldType: "textarea" },
];

beforeAll(async () => {
  admin = await newWorkspace("Inline fields");
  other = await newWorkspace("Other inline");
  for (const entity of ["contact", "account", "deal"]) for (const f of FIELDS) await createCustomField({ ctx: admin.ctx, input: { entity, ...f } });
});
beforeEach(() => {
  session.ctx = admin.ctx;
});

const failure = (r: ActionResult) => {
  expect(r.ok).toBe(false);
  return r as ActionFailure;
};
const values = async (entity: "contact" | "account" | "deal", id: string) => (await readValues(db, admin.ctx, entity, [id])).get(id)!;

const GOOD = { since: "2024-02-29", callAt: "2025-01-31T09:30:00.000Z", tier: "gold", tags: ["vip", "press"], vip: true, seats: 12, site: "https://acme.test", notes: "Two lines\nof notes" };

describe("custom fields edited in place", () => {
  it("saves every type on a contact, one field at a time, and clears a value with null", async () => {
    const { id } = (await contactActions.createContactAction({ firstName: "Typed" })) as { id: string };
    for (const [name, value] of Object.entries(GOOD)) expect(await contactActions.updateContactAction(id, { customFields: { [name]: value } })).toEqual({ ok: true });
    expect(await values("contact", id)).toEqual(GOOD);
    expect(await contactActions.updateContactAction(id, { customFields: { vip: false, tags: null, since: null } })).toEqual({ ok: true });
    expect(await values("contact", id)).toMatchObject({ vip: false, tags: null, since: null, tier: "gold" });
    // The timeline names the fields and the choices by their labels.
    const timeline = await listActivities({ ctx: admin.ctx, query: { entity: "contact", recordId: id } });
    expect(timeline.labels).toMatchObject({ "customFields.tier": "Tier", "customFields.tier=gold": "Gold", "customFields.tags": "Tags", "customFields.since": "Customer since" });
    expect(timeline.entries.some((e) => e.changes["customFields.tier"]?.to === "gold")).toBe(true);
    session.ctx = other.ctx;
    expect((await listActivities({ ctx: other.ctx, query: { entity: "contact", recordId: id } })).labels).toEqual({});
  });

  it("refuses a bad value of each type beside its field, with a neutral issue, and writes nothing", async () => {
    const { id } = (await accountActions.createAccountAction({ name: "Typed account", customFields: { tier: "silver" } })) as { id: string };
    const bad = failure(
      await accountActions.updateAccountAction(id, {
        customFields: { since: "2024-02-30", callAt: "tomorrow", tier: "platinum", tags: ["vip", "nope"], vip: "maybe", seats: 501, site: "acme.test" },
      }),
    );
    expect(bad.code).toBe("validation");
    expect(bad.issues).toEqual({
      "customFields.since": { kind: "invalid_date" },
      "customFields.callAt": { kind: "invalid_datetime" },
      "customFields.tier": { kind: "invalid_option" },
      "customFields.tags": { kind: "invalid_option" },
      "customFields.vip": { kind: "invalid_boolean" },
      "customFields.seats": { kind: "too_big", limit: 500 },
      "customFields.site": { kind: "invalid_url" },
    });
    expect(bad.fields["customFields.seats"]).toBe("must be at most 500");
    expect(describeFailure(bad, "fr").fields["customFields.since"]).toBe("doit être une date");
    expect(describeFailure(bad, "ar").fields["customFields.seats"]).toBe("يجب ألا يزيد على 500");
    expect(failure(await accountActions.updateAccountAction(id, { customFields: { seats: "twelve" } })).issues).toEqual({ "customFields.seats": { kind: "invalid_number" } });
    expect(failure(await accountActions.updateAccountAction(id, { customFields: { nope: 1 } })).issues).toEqual({ "customFields.nope": { kind: "rule", rule: { key: "no_such_record" } } });
    expect(await values("account", id)).toMatchObject({ tier: "silver", since: null, seats: null });
  });

  it("edits a deal's custom fields from the deal page (custom_fields), and not another workspace's deal", async () => {
    const deal = await createDeal({ ctx: admin.ctx, input: { name: "Typed deal", contact_email: "typed@deal.test", contact_first_name: "Typed" } });
    expect(await dealActions.updateDealAction(deal.id, { custom_fields: { tier: "silver", since: "2025-03-01", vip: true } })).toEqual({ ok: true });
    expect(await values("deal", deal.id)).toMatchObject({ tier: "silver", since: "2025-03-01", vip: true });
    const bad = failure(await dealActions.updateDealAction(deal.id, { custom_fields: { tags: "vip, gold" } }));
    expect(bad.fields).toEqual({ "custom_fields.tags": expect.stringMatching(/not one of/) });
    expect(bad.issues).toEqual({ "custom_fields.tags": { kind: "invalid_option" } });
    session.ctx = other.ctx;
    expect(failure(await dealActions.updateDealAction(deal.id, { custom_fields: { tier: "gold" } })).code).toBe("not_found");
    session.ctx = admin.ctx;
    expect(await values("deal", deal.id)).toMatchObject({ tier: "silver", tags: null });
  });
});
