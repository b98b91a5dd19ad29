import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as searchRoute from "@/app/api/search/route";
import { db } from "@/db/client";
import { deals } from "@/db/schema";
import { createAccount } from "@/lib/accounts/create";
import { createContact } from "@/lib/contacts/create";
import { createDeal } from "@/lib/deals/create";
import { attachContacts } from "@/lib/deals/attach-contacts";
import { listRelatedDeals } from "@/lib/deals/related";
import { deleteContact } from "@/lib/contacts/delete";
import { call, newWorkspace, type TestUser } from "../helpers";

const search = (user: TestUser, query: string) => call(searchRoute.GET, { path: `/api/search${query}`, headers: user.auth });

let admin: TestUser;
let other: TestUser;
const ids: Record<string, string> = {};
beforeAll(async () => {
  admin = await newWorkspace("Finder");
  other = await newWorkspace("Hidden");
  ids.sara = (await createContact({ ctx: admin.ctx, input: { firstName: "Sara", lastName: "Northwind", jobTitle: "Buyer", companyName: "Kestrel" } })).id;
  ids.nora = (await createContact({ ctx: admin.ctx, input: { firstName: "Nora", lastName: "Ali", primaryEmail: "nora@northwind.test" } })).id;
  ids.gone = (await createContact({ ctx: admin.ctx, input: { firstName: "Northwind", lastName: "Ghost" } })).id;
  await deleteContact({ ctx: admin.ctx, id: ids.gone });
  ids.account = (await createAccount({ ctx: admin.ctx, input: { name: "Northwind Traders", city: "Casablanca", industry: "Retail" } })).id;
  ids.deal = (await createDeal({ ctx: admin.ctx, input: { name: "Northwind renewal", amount: 1200, contact_email: "nora@northwind.test" } })).id;
  ids.other = (await createDeal({ ctx: admin.ctx, input: { name: "Unrelated deal", contact_email: "x@y.test", contact_first_name: "X" } })).id;
  await createAccount({ ctx: other.ctx, input: { name: "Northwind Rival" } });
});

describe("GET /api/search", () => {
  it("finds contacts, accounts and deals of the workspace only, names starting with the text first", async () => {
    const res = await search(admin, "?q=northwind");
    expect(res.status).toBe(200);
    const { contacts, accounts, deals: found } = res.body.data;
    expect(contacts.map((c: { id: string }) => c.id)).toEqual([ids.sara, ids.nora]);
    expect(contacts[0]).toEqual({ id: ids.sara, title: "Sara Northwind", subtitle: "Buyer · Kestrel" });
    expect(accounts).toEqual([{ id: ids.account, title: "Northwind Traders", subtitle: "Retail · Casablanca" }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: ids.deal, title: "Northwind renewal", status: "open" });
  });

  it("limits each kind", async () => {
    expect((await search(admin, "?q=north&limit=1")).body.data.contacts).toHaveLength(1);
  });

  it.each([["", "q"], ["?q=", "q"], ["?q=%20%20", "q"], [`?q=${"x".repeat(201)}`, "q"], ["?q=a&limit=50", "limit"]])("rejects %s with 400 naming %s", async (query, field) => {
    const res = await search(admin, query);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
  });

  it("answers 401 without credentials", async () => {
    expect((await call(searchRoute.GET, { path: "/api/search?q=a" })).status).toBe(401);
  });
});

describe("listRelatedDeals", () => {
  it("lists a contact's deals (primary or attached) and an account's deals, never another workspace's", async () => {
    expect((await listRelatedDeals({ ctx: admin.ctx, of: { contactId: ids.nora! } })).map((d) => d.id)).toEqual([ids.deal]);
    expect(await listRelatedDeals({ ctx: admin.ctx, of: { contactId: ids.sara! } })).toEqual([]);
    await attachContacts({ ctx: admin.ctx, id: ids.other!, input: { contact_ids: [ids.sara] } });
    const saras = await listRelatedDeals({ ctx: admin.ctx, of: { contactId: ids.sara! } });
    expect(saras).toMatchObject([{ id: ids.other, name: "Unrelated deal", status: "open", stage: { name: expect.any(String), color: expect.any(String) } }]);
    await db.update(deals).set({ accountId: ids.account }).where(eq(deals.id, ids.deal!));
    expect((await listRelatedDeals({ ctx: admin.ctx, of: { accountId: ids.account! } })).map((d) => d.id)).toEqual([ids.deal]);
    expect(await listRelatedDeals({ ctx: other.ctx, of: { accountId: ids.account! } })).toEqual([]);
  });
});
