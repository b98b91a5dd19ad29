import { beforeAll, describe, expect, it } from "vitest";
import { deleteDeal } from "@/lib/deals/delete";
import { createTask } from "@/lib/tasks/create";
import { getLinkOption } from "@/lib/tasks/link-options";
import { listTasks } from "@/lib/tasks/list";
import { newWorkspace, type TestUser } from "../helpers";
import { linkTargets, MISSING_ID } from "./tasks-fixtures";

// The task table's "linked to" filter: the chip names the record the URL points at, and the list holds only its tasks.
let admin: TestUser;
let rival: TestUser;
let links: Awaited<ReturnType<typeof linkTargets>>;
let other: Awaited<ReturnType<typeof linkTargets>>;
let rivalLinks: Awaited<ReturnType<typeof linkTargets>>;

beforeAll(async () => {
  admin = await newWorkspace("Chips");
  rival = await newWorkspace("Rival");
  links = await linkTargets(admin, "Atlas");
  other = await linkTargets(admin, "Borealis");
  rivalLinks = await linkTargets(rival, "Rival");
});

describe("getLinkOption", () => {
  it("names a deal, a contact and an account as the pickers do", async () => {
    expect(await getLinkOption({ ctx: admin.ctx, kind: "deal", id: links.dealId })).toMatchObject({ id: links.dealId, label: "Atlas renewal" });
    expect(await getLinkOption({ ctx: admin.ctx, kind: "contact", id: links.contactId })).toMatchObject({ id: links.contactId, label: "Léa Martin", hint: expect.stringMatching(/^atlas-.*@example\.test$/) });
    expect(await getLinkOption({ ctx: admin.ctx, kind: "account", id: links.accountId })).toMatchObject({ id: links.accountId, label: "Atlas SA" });
  });

  it("knows nothing of another workspace's records, unknown or malformed ids, or a record of the wrong kind", async () => {
    expect(await getLinkOption({ ctx: admin.ctx, kind: "deal", id: rivalLinks.dealId })).toBeNull();
    expect(await getLinkOption({ ctx: admin.ctx, kind: "contact", id: rivalLinks.contactId })).toBeNull();
    expect(await getLinkOption({ ctx: admin.ctx, kind: "account", id: rivalLinks.accountId })).toBeNull();
    expect(await getLinkOption({ ctx: admin.ctx, kind: "deal", id: MISSING_ID })).toBeNull();
    expect(await getLinkOption({ ctx: admin.ctx, kind: "deal", id: "not-a-uuid" })).toBeNull();
    expect(await getLinkOption({ ctx: admin.ctx, kind: "deal", id: links.contactId })).toBeNull();
  });

  it("forgets a deleted deal", async () => {
    const gone = await linkTargets(admin, "Gone");
    await deleteDeal({ ctx: admin.ctx, id: gone.dealId });
    expect(await getLinkOption({ ctx: admin.ctx, kind: "deal", id: gone.dealId })).toBeNull();
  });
});

describe("the task list narrowed to a linked record", () => {
  it("holds the tasks of that deal, contact or account only", async () => {
    await createTask({ ctx: admin.ctx, input: { title: "On Atlas deal", dealId: links.dealId } });
    await createTask({ ctx: admin.ctx, input: { title: "On Atlas contact", contactId: links.contactId } });
    await createTask({ ctx: admin.ctx, input: { title: "On Borealis deal", dealId: other.dealId, accountId: other.accountId } });
    const titles = async (query: Record<string, string>) => (await listTasks({ ctx: admin.ctx, query: { status: "all", ...query } })).data.map((t) => t.title).sort();
    expect(await titles({ dealId: links.dealId })).toEqual(["On Atlas deal"]);
    expect(await titles({ contactId: links.contactId })).toEqual(["On Atlas contact"]);
    expect(await titles({ accountId: other.accountId })).toEqual(["On Borealis deal"]);
    expect(await titles({ dealId: other.dealId, accountId: other.accountId })).toEqual(["On Borealis deal"]);
    // Another workspace's deal: nothing, not its tasks.
    expect(await titles({ dealId: rivalLinks.dealId })).toEqual([]);
  });
});
