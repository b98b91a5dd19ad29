import { beforeAll, describe, expect, it } from "vitest";
import * as list from "@/app/api/contact/route";
import * as phone from "@/app/api/contact/phone/[phone]/route";
import { createAccount } from "@/lib/accounts/create";
import { createContact } from "@/lib/contacts/create";
import { deleteContact } from "@/lib/contacts/delete";
import { phoneKey } from "@/lib/contacts/find-by-phone";
import { ConeContactWithAccounts } from "@/lib/http/openapi/schemas";
import { call, newWorkspace, type TestUser } from "../helpers";

const get = (user: TestUser, query = "") => call(list.GET, { path: `/api/contact${query}`, headers: user.auth });
const byPhone = (user: TestUser, number: string) =>
  call(phone.GET, { path: `/api/contact/phone/${encodeURIComponent(number)}`, params: { phone: number }, headers: user.auth });

let admin: TestUser;
let other: TestUser;
const ids: Record<string, string> = {};
beforeAll(async () => {
  admin = await newWorkspace("Cone");
  other = await newWorkspace("Elsewhere");
  const people = [
    { firstName: "Amélie", lastName: "Zola", primaryEmail: "amelie@cone.test", mobilePhone: "+33 6 12 34 56 78", companyName: "Zeta" },
    { firstName: "Bruno", lastName: "Martin", primaryEmail: "bruno@cone.test", workPhone: "(415) 555-0100" },
    { firstName: "Chloé", lastName: "Martin", primaryEmail: "chloe@cone.test", homePhone: "01 40 00 00 01" },
    { firstName: "Dan", lastName: "Abel", primaryEmail: "dan@cone.test", companyName: "Club_1%" },
    { firstName: "Gone", lastName: "Away", primaryEmail: "gone@cone.test", mobilePhone: "+33 7 00 00 00 00" },
  ];
  for (const p of people) ids[p.firstName] = (await createContact({ ctx: admin.ctx, input: p })).id;
  await deleteContact({ ctx: admin.ctx, id: ids.Gone! });
  const acct = await createAccount({ ctx: admin.ctx, input: { name: "Zeta SA", contacts: [{ id: ids.Amélie }], primaryContact: { id: ids.Amélie } } });
  ids.account = acct.id;
  await createContact({ ctx: other.ctx, input: { firstName: "Foreign", lastName: "Aaron", mobilePhone: "+33 6 12 34 56 78" } });
});

describe("GET /api/contact", () => {
  it("returns a bare Contact[] in document 003's shape, sorted by last name, without deleted or foreign contacts", async () => {
    const res = await get(admin);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body.map((c: { lastName: string; firstName: string }) => `${c.firstName} ${c.lastName}`)).toEqual(["Dan Abel", "Bruno Martin", "Chloé Martin", "Amélie Zola"]);
    for (const c of res.body) expect(ConeContactWithAccounts.strict().safeParse(c).error).toBeUndefined();
    const amelie = res.body.find((c: { id: string }) => c.id === ids.Amélie);
    expect(amelie).toMatchObject({ primaryEmail: "amelie@cone.test", mobilePhone: "+33 6 12 34 56 78", isActive: true, isDeleted: false, createdBy: { id: admin.ctx.userId } });
    expect(amelie.accounts).toHaveLength(1);
    expect(amelie.accounts[0]).toMatchObject({ id: ids.account, name: "Zeta SA", primaryContact: { id: ids.Amélie } });
    expect(amelie.accounts[0]).not.toHaveProperty("contacts");
  });

  it("pages with start and limit", async () => {
    const res = await get(admin, "?start=1&limit=2");
    expect(res.body.map((c: { firstName: string }) => c.firstName)).toEqual(["Bruno", "Chloé"]);
    expect((await get(admin, "?start=10")).body).toEqual([]);
  });

  it("sorts by the documented fields in either direction, any case", async () => {
    const res = await get(admin, "?sortField=firstName&sortDirection=desc");
    expect(res.body.map((c: { firstName: string }) => c.firstName)).toEqual(["Dan", "Chloé", "Bruno", "Amélie"]);
    const created = await get(admin, "?sortField=dateCreated&sortDirection=ASC");
    expect(created.body.map((c: { firstName: string }) => c.firstName)).toEqual(["Amélie", "Bruno", "Chloé", "Dan"]);
  });

  it("searches full name, email and company, case-insensitively, with % and _ taken literally, and phone digits", async () => {
    const names = async (q: string) => (await get(admin, `?search=${encodeURIComponent(q)}`)).body.map((c: { firstName: string }) => c.firstName);
    expect(await names("bruno mar")).toEqual(["Bruno"]);
    expect(await names("MARTIN")).toEqual(["Bruno", "Chloé"]);
    expect(await names("zeta")).toEqual(["Amélie"]);
    expect(await names("_1%")).toEqual(["Dan"]);
    expect(await names("%")).toEqual(["Dan"]);
    expect(await names("555-0100")).toEqual(["Bruno"]);
    expect(await names("nobody")).toEqual([]);
  });

  it("excludes one contact on request", async () => {
    const res = await get(admin, `?exclude=${ids.Bruno}`);
    expect(res.body.map((c: { id: string }) => c.id)).not.toContain(ids.Bruno);
    expect(res.body).toHaveLength(3);
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=201", "limit"],
    ["?limit=abc", "limit"],
    ["?start=-1", "start"],
    ["?sortField=password", "sortField"],
    ["?sortDirection=UP", "sortDirection"],
    ["?exclude=42", "exclude"],
    ["?franchise=7", "franchise"],
    [`?search=${"x".repeat(201)}`, "search"],
  ])("rejects %s with 400 naming %s", async (query, field) => {
    const res = await get(admin, query);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
  });

  it("answers 401 without credentials", async () => {
    expect((await call(list.GET, { path: "/api/contact" })).status).toBe(401);
  });
});

describe("GET /api/contact/phone/{phone}", () => {
  it("normalises numbers: keeps digits and compares the last 9", () => {
    expect(phoneKey("+33 6 12-34-56-78")).toBe("612345678");
    expect(phoneKey("0033612345678")).toBe("612345678");
    expect(phoneKey("06.12.34.56.78")).toBe("612345678");
    expect(phoneKey("1234")).toBe("1234");
  });

  it.each(["+33 6 12 34 56 78", "+33612345678", "0033612345678", "06 12 34 56 78", "06-12-34-56-78", "(+33) 6.12.34.56.78"])(
    "finds the contact by %s",
    async (number) => {
      const res = await byPhone(admin, number);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: ids.Amélie, firstName: "Amélie" });
      expect(ConeContactWithAccounts.strict().safeParse(res.body).error).toBeUndefined();
    },
  );

  it("searches work and home phones too", async () => {
    expect((await byPhone(admin, "+1 415 555 0100")).body.id).toBe(ids.Bruno);
    expect((await byPhone(admin, "+33 1 40 00 00 01")).body.id).toBe(ids.Chloé);
  });

  it("answers 404 for an unknown number, a deleted contact's number and another workspace's contact", async () => {
    expect((await byPhone(admin, "+33 6 99 99 99 99")).status).toBe(404);
    expect((await byPhone(admin, "+33 7 00 00 00 00")).status).toBe(404);
    const foreign = await byPhone(other, "0612345678");
    expect(foreign.status).toBe(200);
    expect(foreign.body.firstName).toBe("Foreign");
  });

  it("prefers the exact number, then the most recently changed contact", async () => {
    const a = await createContact({ ctx: admin.ctx, input: { firstName: "Twin", lastName: "One", mobilePhone: "+44 20 7946 0958" } });
    const b = await createContact({ ctx: admin.ctx, input: { firstName: "Twin", lastName: "Two", homePhone: "020 7946 0958" } });
    expect((await byPhone(admin, "02079460958")).body.id).toBe(b.id);
    expect((await byPhone(admin, "+442079460958")).body.id).toBe(a.id);
  });

  it.each(["abc", "12", "1".repeat(51)])("rejects %s with 400 naming phone", async (number) => {
    const res = await byPhone(admin, number);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(["phone"]);
  });
});
