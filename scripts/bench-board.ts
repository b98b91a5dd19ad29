/**
 * npx tsx scripts/bench-board.ts [-- --deals 20000 --runs 30]
 * The board's own query, measured in-process (no HTTP): a workspace with N deals spread over the default
 * pipeline's stages (with accounts, contacts and open tasks, so that the card fields cost what they
 * cost), then the board verb (first page of every column), a column's next page, a search, and a card
 * move. Data in .data-bench-board (created once, reused by later runs).
 */
import { parseArgs } from "node:util";
import { and, asc, eq, sql as dsql } from "drizzle-orm";
import postgres from "postgres";
import { closeDb, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { deals, pipelines, stages, tenants, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { loadPrincipal } from "@/lib/auth/principal";
import { getBoard, getBoardColumn } from "@/lib/deals/board";
import { moveDeal } from "@/lib/deals/move";
import { generateKeyBetween } from "@/lib/deals/position";
import { newId } from "@/lib/ids";
import { createWorkspace } from "@/lib/tenants/create-workspace";
import { openDatabase } from "./runtime";

const { values } = parseArgs({ options: { deals: { type: "string", default: "20000" }, runs: { type: "string", default: "30" } } });
const N = Number(values.deals);
const RUNS = Number(values.runs);
const say = (line: string) => console.log(`[bench-board] ${line}`);

async function seed(sql: postgres.Sql): Promise<string> {
  const name = `Board bench ${N}`;
  const [existing] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.name, name));
  if (existing) {
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.tenantId, existing.id));
    say(`reusing workspace "${name}"`);
    return admin!.id;
  }
  const t0 = Date.now();
  const { user, tenant } = await createWorkspace({ input: { tenantName: name, name: "Board Bench", email: `board-bench-${N}-${Date.now()}@bench.test`, password: "bench-password-1" } });
  const [pipeline] = await db.select().from(pipelines).where(and(eq(pipelines.tenantId, tenant.id), eq(pipelines.isDefault, true)));
  const cols = await db.select().from(stages).where(eq(stages.pipelineId, pipeline!.id)).orderBy(asc(stages.position));
  await sql`insert into accounts (id, tenant_id, name, created_by) select gen_random_uuid(), ${tenant.id}, 'Company ' || i, ${user.id} from generate_series(1, ${Math.ceil(N / 4)}) i`;
  await sql`insert into contacts (id, tenant_id, first_name, last_name, primary_email, created_by) select gen_random_uuid(), ${tenant.id}, 'First' || i, 'Last' || i, 'c' || i || '@bench.test', ${user.id} from generate_series(1, ${N}) i`;
  const accountIds = (await sql`select id from accounts where tenant_id = ${tenant.id}`).map((r) => r.id as string);
  const contactIds = (await sql`select id from contacts where tenant_id = ${tenant.id}`).map((r) => r.id as string);
  const keys = new Map<string, string | null>();
  const rows = Array.from({ length: N }, (_, i) => {
    const stage = cols[i % cols.length]!;
    const key = generateKeyBetween(keys.get(stage.id) ?? null, null);
    keys.set(stage.id, key);
    return {
      id: newId(),
      tenantId: tenant.id,
      name: `Deal ${i}`,
      amount: String(1000 + (i % 97) * 250),
      currency: i % 5 === 0 ? "USD" : "EUR",
      pipelineId: pipeline!.id,
      stageId: stage.id,
      status: stage.kind,
      probability: stage.probability,
      position: key,
      ownerId: user.id,
      accountId: accountIds[i % accountIds.length]!,
      primaryContactId: contactIds[i]!,
      createdBy: user.id,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await db.insert(deals).values(rows.slice(i, i + 1000));
  await sql`insert into tasks (id, tenant_id, title, deal_id, end_at, created_by)
            select gen_random_uuid(), ${tenant.id}, 'Call ' || d.name, d.id, now() + ((random() * 20 - 10) || ' days')::interval, ${user.id}
            from deals d where d.tenant_id = ${tenant.id} and random() < 0.5`;
  await sql`analyze`;
  say(`seeded ${N} deals in ${cols.length} stages in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return user.id;
}

async function time(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(1);
  console.log(`| ${label} | ${pct(0.5)} ms | ${pct(0.95)} ms |`);
}

process.env.RAPPORT_DATA_DIR ??= ".data-bench-board";
const database = await openDatabase();
process.env.DATABASE_URL = database.url;
await migrateDatabase(database.url);
const sql = postgres(database.url, { max: 4, onnotice: () => {} });
try {
  const ctx = (await loadPrincipal(await seed(sql), "session")) as Ctx;
  const board = await getBoard({ ctx, query: {} });
  const counts = board.columns.map((c) => c.count).join(" / ");
  say(`${board.columns.length} columns of ${counts} deals; ${board.columns.reduce((n, c) => n + c.cards.length, 0)} cards in the first pages`);
  console.log(`\n| ${N} deals, ${RUNS} runs | p50 | p95 |\n|---|---|---|`);
  await time("board (every column: count, totals, first 50 cards)", () => getBoard({ ctx, query: {} }));
  const col = board.columns[0]!;
  await time("next 50 cards of one column", () => getBoardColumn({ ctx, query: { stageId: col.stage.id, cursor: col.nextCursor! } }));
  await time("board with a search (\"Company 12\")", () => getBoard({ ctx, query: { q: "Company 12" } }));
  await time("board, owner = me, status = open", () => getBoard({ ctx, query: { owner: "me", status: "open" } }));
  let i = 0;
  await time("move a card to another column (one row)", () => {
    const card = board.columns[i % 2]!.cards[i % 40]!;
    const to = board.columns[(i++ % 2) + 2]!;
    return moveDeal({ ctx, id: card.id, input: { stageId: to.stage.id, afterId: to.cards[0]!.id } });
  });
  const [row] = await db.select({ n: dsql<number>`count(*)::int` }).from(deals).where(eq(deals.tenantId, ctx.tenantId));
  say(`${row!.n} deals in the workspace`);
} finally {
  await sql.end();
  await closeDb();
  await database.embedded?.stop();
}
