import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, isDatabaseEmpty, seedDemo } from "@/db/seed/demo";
import { createRng, positionKey } from "@/db/seed/prng";
import { verifyPassword } from "@/lib/auth/password";

const count = async (query: ReturnType<typeof sql>) => {
  const [row] = await db.execute<{ n: number }>(query);
  return Number(row!.n);
};

describe("seed helpers", () => {
  it("draws the same numbers from the same seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const draws = (r: ReturnType<typeof createRng>) => Array.from({ length: 20 }, () => r.int(0, 1000));
    expect(draws(a)).toEqual(draws(b));
  });

  it("makes position keys that sort in byte order", () => {
    const keys = Array.from({ length: 300 }, (_, i) => positionKey(i));
    const byBytes = [...keys].sort((x, y) => (Buffer.compare(Buffer.from(x), Buffer.from(y))));
    expect(byBytes).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("seedDemo", () => {
  it("creates the demo workspace", async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    const started = performance.now();
    const result = await seedDemo(db);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.adminEmail).toBe(DEMO_ADMIN_EMAIL);
    expect(result.adminPassword).toBe(DEMO_ADMIN_PASSWORD);
    expect(await isDatabaseEmpty(db)).toBe(false);
    const t = result.tenantId;

    expect(await count(sql`select count(*)::int as n from tenants`)).toBe(1);
    const [tenant] = await db.execute<{ name: string; default_currency: string }>(sql`select name, default_currency from tenants where id = ${t}`);
    expect(tenant).toMatchObject({ name: "Demo", default_currency: "EUR" });

    const users = await db.execute<{ email: string; role: string; password_hash: string }>(
      sql`select email, role, password_hash from users where tenant_id = ${t} order by email`,
    );
    expect(users.map((u) => u.role).sort()).toEqual(["ADMIN", "MANAGER", "USER", "USER"]);
    const admin = users.find((u) => u.email.toLowerCase() === DEMO_ADMIN_EMAIL.toLowerCase());
    expect(admin?.role).toBe("ADMIN");
    expect(await verifyPassword(DEMO_ADMIN_PASSWORD, admin!.password_hash)).toBe(true);

    expect(await count(sql`select count(*)::int as n from stages where tenant_id = ${t}`)).toBe(6);
    expect(await count(sql`select count(*)::int as n from departments where tenant_id = ${t} and pipeline_id is not null`)).toBe(2);
    expect(await count(sql`select count(*)::int as n from lead_sources where tenant_id = ${t}`)).toBe(6);
    expect(await count(sql`select count(*)::int as n from accounts where tenant_id = ${t}`)).toBe(50);
    expect(await count(sql`select count(*)::int as n from contacts where tenant_id = ${t}`)).toBe(300);
    expect(await count(sql`select count(*)::int as n from deals where tenant_id = ${t}`)).toBe(150);
    expect(await count(sql`select count(*)::int as n from tasks where tenant_id = ${t}`)).toBe(100);
    expect(await count(sql`select count(*)::int as n from saved_filters where tenant_id = ${t} and name = 'Big open deals' and not is_private`)).toBe(1);

    // Every deal's status follows its stage, and closed deals carry their dates.
    expect(await count(sql`select count(*)::int as n from deals d join stages s on s.id = d.stage_id where d.status::text <> s.kind::text`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from deals where status <> 'open' and closed_at is null`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from deals where status = 'lost' and (lost_at is null or loss_reason is null)`)).toBe(0);
    // Each stage column is populated, the early ones the most.
    const perStage = await db.execute<{ n: number }>(sql`select count(d.id)::int as n from stages s left join deals d on d.stage_id = s.id group by s.position order by s.position`);
    expect(perStage.every((s) => s.n > 0)).toBe(true);
    expect(perStage[0]!.n).toBeGreaterThan(perStage[3]!.n);
    // Every deal has its primary contact among its contacts, and that contact works at its account.
    expect(await count(sql`select count(*)::int as n from deals d where not exists (select 1 from deal_contacts dc where dc.deal_id = d.id and dc.contact_id = d.primary_contact_id)`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from deals d where not exists (select 1 from account_contacts ac where ac.account_id = d.account_id and ac.contact_id = d.primary_contact_id)`)).toBe(0);

    // Emails are unique per workspace; every contact belongs to an account; every account has a primary contact.
    expect(await count(sql`select count(*)::int as n from (select lower(primary_email) from contacts group by 1 having count(*) > 1) x`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from contacts c where not exists (select 1 from account_contacts ac where ac.contact_id = c.id)`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from accounts where primary_contact_id is null`)).toBe(0);

    // Tasks: some done, some overdue, some upcoming.
    expect(await count(sql`select count(*)::int as n from tasks where completed_at is not null`)).toBeGreaterThan(10);
    expect(await count(sql`select count(*)::int as n from tasks where completed_at is null and end_at < now()`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*)::int as n from tasks where end_at > now()`)).toBeGreaterThan(0);

    // Every business row belongs to the tenant.
    for (const table of ["users", "accounts", "contacts", "account_contacts", "deals", "deal_contacts", "tasks", "activities", "saved_filters"]) {
      expect(await count(sql`select count(*)::int as n from ${sql.identifier(table)} where tenant_id <> ${t}`)).toBe(0);
    }
  });
});
