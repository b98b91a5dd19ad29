import { eq, sql } from "drizzle-orm";
import type { Database, Tx } from "@/db/client";
import {
  accountContacts,
  accounts,
  activities,
  contacts,
  dealContacts,
  deals,
  departments,
  franchises,
  leadSources,
  savedFilters,
  tasks,
  tenants,
  users,
  type UserRole,
} from "@/db/schema";
import { createDefaultPipeline, insertUser } from "@/lib/tenants/create-workspace";
import { buildCustomers, type SeedContext } from "./build-customers";
import { buildDeals } from "./build-deals";
import { buildTasks } from "./build-tasks";
import { createRng } from "./prng";

export const DEMO_ADMIN_EMAIL = process.env.RAPPORT_DEMO_EMAIL ?? "admin@demo.test";
export const DEMO_ADMIN_PASSWORD = process.env.RAPPORT_DEMO_PASSWORD ?? "demo-password";

/** The fixed seed: the same workspace on every machine and every run (only the dates follow today). */
const SEED = 20_240_917;

const TEAM: readonly { key: "manager" | "omar" | "sophie"; email: string; name: string; role: UserRole; locale: string; department: 0 | 1 }[] = [
  { key: "manager", email: "manager@demo.test", name: "Camille Laurent", role: "MANAGER", locale: "en", department: 0 },
  { key: "omar", email: "omar@demo.test", name: "Omar Haddad", role: "USER", locale: "ar", department: 0 },
  { key: "sophie", email: "sophie@demo.test", name: "Sophie Martin", role: "USER", locale: "fr", department: 1 },
];

const LEAD_SOURCES = ["Website", "Referral", "Trade show", "Cold call", "LinkedIn", "Partner"];

/** The shared "Big open deals" filter: a react-querybuilder query. */
const BIG_OPEN_DEALS = {
  id: "root",
  combinator: "and",
  rules: [
    { id: "r1", field: "status", operator: "=", value: "open" },
    { id: "r2", field: "amount", operator: ">", value: "50000" },
  ],
};

/** Inserts rows in chunks, so that no statement exceeds PostgreSQL's bind-parameter limit. */
async function insertAll<T extends Record<string, unknown>>(tx: Tx, table: Parameters<Tx["insert"]>[0], rows: readonly T[], size = 500) {
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size) as never);
}

/** True when no workspace exists yet (a fresh installation). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const rows = await db.execute(sql`select 1 from tenants limit 1`);
  return rows.length === 0;
}

/**
 * Creates the "Demo" workspace: a team of four, a Sales pipeline, ~50 accounts, ~300 contacts,
 * ~150 deals across the stages, ~100 tasks and a shared saved filter. Deterministic apart from ids and
 * dates, which are offsets from today so that the demo always looks current. One transaction.
 */
export async function seedDemo(db: Database): Promise<{ tenantId: string; adminEmail: string; adminPassword: string }> {
  const rng = createRng(SEED);
  const now = new Date();
  return db.transaction(async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ name: "Demo", vertical: "default", defaultCurrency: "EUR" }).returning({ id: tenants.id });
    const tenantId = tenant!.id;
    const admin = await insertUser(tx, { tenantId, email: DEMO_ADMIN_EMAIL, name: "Alex Morgan", password: DEMO_ADMIN_PASSWORD, role: "ADMIN" });
    const adminId = admin.id;
    await tx.update(tenants).set({ createdBy: adminId }).where(eq(tenants.id, tenantId));
    const audit = { tenantId, createdBy: adminId };

    const { pipeline, stages } = await createDefaultPipeline(tx, tenantId, adminId);
    stages.sort((a, b) => a.position - b.position);
    const [franchise] = await tx.insert(franchises).values({ ...audit, name: "Rapport Paris", code: "PAR" }).returning({ id: franchises.id });
    const franchiseId = franchise!.id;
    const departmentRows = await tx
      .insert(departments)
      .values(["Inside Sales", "Field Sales"].map((name) => ({ ...audit, franchiseId, pipelineId: pipeline.id, name })))
      .returning({ id: departments.id });
    const departmentIds = departmentRows.map((d) => d.id);

    const team: Record<string, string> = {};
    for (const member of TEAM) {
      const user = await insertUser(tx, { tenantId, email: member.email, name: member.name, password: DEMO_ADMIN_PASSWORD, role: member.role, locale: member.locale, createdBy: adminId });
      await tx.update(users).set({ franchiseId, departmentId: departmentIds[member.department] }).where(eq(users.id, user.id));
      team[member.key] = user.id;
    }
    const sources = await tx.insert(leadSources).values(LEAD_SOURCES.map((name) => ({ ...audit, name }))).returning({ id: leadSources.id });

    const ctx: SeedContext = {
      tenantId,
      adminId,
      franchiseId,
      // The reps carry most of the book; the manager and the admin keep a few key accounts.
      owners: [[adminId, 1], [team.manager!, 2], [team.omar!, 4], [team.sophie!, 4]],
      sourceIds: sources.map((s) => s.id),
      now,
    };
    const customers = buildCustomers(rng, ctx);
    const dealSet = buildDeals(rng, { ...ctx, pipelineId: pipeline.id, stages, departmentIds }, customers.seededAccounts);
    const taskRows = buildTasks(rng, ctx, dealSet.seededDeals, customers.contactsById);

    await insertAll(tx, accounts, customers.accounts);
    await insertAll(tx, contacts, customers.contacts);
    await insertAll(tx, accountContacts, customers.accountContacts);
    await insertAll(tx, deals, dealSet.deals);
    await insertAll(tx, dealContacts, dealSet.dealContacts);
    await insertAll(tx, activities, dealSet.activities);
    await insertAll(tx, tasks, taskRows);
    await tx.insert(savedFilters).values({ ...audit, ownerId: team.manager!, name: "Big open deals", module: "deal", isPrivate: false, query: BIG_OPEN_DEALS });

    return { tenantId, adminEmail: DEMO_ADMIN_EMAIL, adminPassword: DEMO_ADMIN_PASSWORD };
  });
}
