import { and, asc, eq } from "drizzle-orm";
import postgres from "postgres";
import { chromium, type Browser, type Locator, type Page, type Request } from "playwright-core";
import { db } from "@/db/client";
import { deals, pipelines, stages, tenants, users } from "@/db/schema";
import { createApiKey } from "@/lib/api-keys/create";
import type { Ctx } from "@/lib/auth/context";
import { loadPrincipal } from "@/lib/auth/principal";
import { getBoard, getBoardColumn, type Board } from "@/lib/deals/board";
import { moveDeal } from "@/lib/deals/move";
import { generateKeyBetween } from "@/lib/deals/position";
import { newId } from "@/lib/ids";
import { createWorkspace } from "@/lib/tenants/create-workspace";
import { CHROMIUM_ARGS, resolveChromium } from "../../e2e/chromium";
import type { Database } from "../runtime";
import { expectStatus, load, ms, type LoadResult, request } from "./load";
import { startApp } from "./setup";

/**
 * The pipeline board with `deals` open deals (npm run bench -- --only board):
 * - in-process: the board verb, a column's next page, a search, a filter and a move (no HTTP);
 * - over HTTP: GET /api/board and GET /api/board/column (API key, one client);
 * - in headless Chromium (playwright-core, the e2e browser): time from navigation start until the board
 *   is interactive, i.e. the `board:interactive` User Timing mark that BoardView sets in its mount effect
 *   (React has hydrated the board: the server-rendered cards of every column are in the DOM and their
 *   drag listeners are attached), over several loads of /board;
 * - drop → persisted: cards dragged with the mouse to the next column, from the drop (dnd-kit's drag end)
 *   to the server action's answer (the `board:move-persisted` measure BoardView records), then every
 *   moved deal is checked in the database.
 */
export type BoardBenchResult = {
  deals: number;
  columns: string;
  inProcess: { label: string; p50: number; p95: number }[];
  http: { label: string; result: LoadResult }[];
  loads: { interactive: number[]; ttfb: number[]; fcp: number[]; domContentLoaded: number[]; htmlKb: number };
  moves: { persisted: number[]; request: number[]; beforeRequest: number[]; verified: number; total: number };
};

const say = (line: string) => console.log(`[bench] ${line}`);
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
};
const PASSWORD = "bench-password-1";

/** A workspace "Board bench <n>": n open deals over the open stages of the default pipeline, created once. */
async function seedBoard(sql: postgres.Sql, n: number): Promise<{ userId: string; email: string }> {
  const name = `Board bench ${n}`;
  const email = `board-bench-${n}@bench.test`;
  const [existing] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.name, name));
  if (existing) {
    const [admin] = await db.select({ id: users.id }).from(users).where(and(eq(users.tenantId, existing.id), eq(users.email, email)));
    say(`reusing workspace "${name}"`);
    return { userId: admin!.id, email };
  }
  const t0 = Date.now();
  const { user, tenant } = await createWorkspace({ input: { tenantName: name, name: "Board Bench", email, password: PASSWORD } });
  const [pipeline] = await db.select().from(pipelines).where(and(eq(pipelines.tenantId, tenant.id), eq(pipelines.isDefault, true)));
  const open = (await db.select().from(stages).where(eq(stages.pipelineId, pipeline!.id)).orderBy(asc(stages.position))).filter((s) => s.kind === "open");
  await sql`insert into accounts (id, tenant_id, name, owner_id, created_by) select gen_random_uuid(), ${tenant.id}, 'Company ' || i, ${user.id}, ${user.id} from generate_series(1, ${Math.ceil(n / 4)}) i`;
  await sql`insert into contacts (id, tenant_id, first_name, last_name, primary_email, owner_id, created_by)
            select gen_random_uuid(), ${tenant.id}, 'First' || i, 'Last' || i, 'c' || i || '@board-bench.test', ${user.id}, ${user.id} from generate_series(1, ${n}) i`;
  const accountIds = (await sql`select id from accounts where tenant_id = ${tenant.id}`).map((r) => r.id as string);
  const contactIds = (await sql`select id from contacts where tenant_id = ${tenant.id}`).map((r) => r.id as string);
  const keys = new Map<string, string | null>();
  const rows = Array.from({ length: n }, (_, i) => {
    const stage = open[i % open.length]!;
    const key = generateKeyBetween(keys.get(stage.id) ?? null, null);
    keys.set(stage.id, key);
    return {
      id: newId(),
      tenantId: tenant.id,
      name: `Deal ${i + 1}`,
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
      stageChangedAt: new Date(Date.now() - (i % 60) * 86_400_000),
      createdBy: user.id,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await db.insert(deals).values(rows.slice(i, i + 1000));
  await sql`insert into deal_contacts (tenant_id, deal_id, contact_id) select tenant_id, id, primary_contact_id from deals where tenant_id = ${tenant.id}`;
  await sql`insert into tasks (id, tenant_id, title, deal_id, end_at, assignee_id, created_by)
            select gen_random_uuid(), ${tenant.id}, 'Call ' || d.name, d.id, now() + ((hashtext(d.id::text) % 10) || ' days')::interval, ${user.id}, ${user.id}
            from deals d where d.tenant_id = ${tenant.id} and hashtext(d.id::text) % 2 = 0`;
  await sql.unsafe("vacuum analyze deals, tasks, accounts, contacts, deal_contacts");
  say(`seeded "${name}": ${n} open deals in ${open.length} stages in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { userId: user.id, email };
}

async function timeIt(label: string, runs: number, fn: (i: number) => Promise<unknown>) {
  await fn(-1); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return { label, p50: pct(samples, 50), p95: pct(samples, 95) };
}

/** Sign in through the login form, as a person does. */
async function signIn(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/board$/, { timeout: 60_000 });
}

/** Loads /board and reads the page's own clock: navigation timing, first paint and the interactive mark. */
async function loadBoard(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/board`, { waitUntil: "commit" });
  await page.locator('[data-testid="board-view"][data-ready="true"]').waitFor({ timeout: 60_000 });
  const firstColumnCards = await page.getByTestId("board-column").first().getByTestId("deal-card").count();
  if (firstColumnCards === 0) throw new Error("the board became interactive without cards in its first column");
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const ready = performance.getEntriesByName("board:interactive")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return { interactive: ready?.startTime ?? NaN, ttfb: nav.responseStart, domContentLoaded: nav.domContentLoadedEventEnd, fcp: fcp?.startTime ?? NaN, htmlBytes: nav.encodedBodySize };
  });
}

/** A mouse drag in small steps, as a person does it (dnd-kit starts after 6 px). */
async function drag(page: Page, card: Locator, target: Locator) {
  const from = (await card.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 8, { steps: 4 });
  const to = (await target.boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
  await page.mouse.move(to.x + to.width / 2, to.y + 124, { steps: 2 });
  await page.mouse.up();
}

/** The board's move: the server action's POST (Next-Action header) or the API's POST /api/deals/{id}/move. */
const isMoveRequest = (req: Request) => !!req.headers()["next-action"] || /\/api\/deals\/[^/]+\/move$/.test(new URL(req.url()).pathname);

/** `moves` drags of the first card of a column to the next one; drop → server action answer, measured in the page. */
async function moveCards(page: Page, sql: postgres.Sql, moves: number) {
  const columns = page.getByTestId("board-column");
  const stageIds = await columns.evaluateAll((els) => els.map((e) => e.getAttribute("data-stage-id")!));
  const expected = new Map<string, string>();
  // The move's own request, as the browser saw it: when it left (epoch ms) and how long until its answer.
  const requests: { start: number; duration: number }[] = [];
  const onFinished = (req: Request) => {
    if (req.method() !== "POST" || !isMoveRequest(req)) return;
    const t = req.timing();
    requests.push({ start: t.startTime, duration: t.responseEnd });
  };
  page.on("requestfinished", onFinished);
  for (let i = 0; i < moves; i++) {
    // New lead → Qualified and Proposal → Negotiation in turn: a dropped card is never picked up again.
    const from = (i % 2) * 2;
    const card = columns.nth(from).getByTestId("deal-card").first();
    const id = (await card.getAttribute("data-deal-id"))!;
    const before = await page.evaluate(() => performance.getEntriesByName("board:move-persisted").length);
    await drag(page, card, columns.nth(from + 1));
    await page.waitForFunction((n) => performance.getEntriesByName("board:move-persisted").length > n, before, { timeout: 30_000 });
    expected.set(id, stageIds[from + 1]!);
    // Let the refetch that follows each move settle, so that the next drag starts from a quiet board.
    await page.locator('[data-testid="board"]:not([aria-busy])').waitFor();
  }
  page.off("requestfinished", onFinished);
  const entries = await page.evaluate(() => performance.getEntriesByName("board:move-persisted").map((e) => ({ drop: performance.timeOrigin + e.startTime, duration: e.duration })));
  const persisted = entries.map((e) => e.duration);
  // Drop → the request leaving the browser (the page's work before it: renders, the optimistic update).
  const beforeRequest = entries.map((e, i) => (requests[i] ? requests[i]!.start - e.drop : NaN));
  const rows = await sql`select id, stage_id from deals where id in ${sql([...expected.keys()])}`;
  const verified = rows.filter((r) => expected.get(r.id as string) === r.stage_id).length;
  return { persisted, request: requests.map((r) => r.duration), beforeRequest, verified, total: expected.size };
}

export async function boardBench(database: Database, o: { deals: number; runs: number; loads: number; moves: number }): Promise<BoardBenchResult> {
  const sql = postgres(database.url, { max: 4, onnotice: () => {} });
  try {
    const { userId, email } = await seedBoard(sql, o.deals);
    const ctx = (await loadPrincipal(userId, "session")) as Ctx;
    const board: Board = await getBoard({ ctx, query: {} });
    const columns = board.columns.map((c) => `${c.stage.name} ${c.count}`).join(", ");
    say(`board: ${columns}`);

    const inProcess = [
      await timeIt("board verb: every column's count and totals, first 50 cards each", o.runs, () => getBoard({ ctx, query: {} })),
      await timeIt("next 50 cards of one column", o.runs, () => getBoardColumn({ ctx, query: { stageId: board.columns[0]!.stage.id, cursor: board.columns[0]!.nextCursor! } })),
      await timeIt('board with a search ("Company 12")', o.runs, () => getBoard({ ctx, query: { q: "Company 12" } })),
      await timeIt("board, owner = me, status = open", o.runs, () => getBoard({ ctx, query: { owner: "me", status: "open" } })),
      await timeIt("move verb: a card to the next column (one row, timeline, event)", o.runs, (i) => {
        const j = i + 1;
        const from = board.columns[2 + (j % 2)]!;
        const to = board.columns[2 + ((j + 1) % 2)]!;
        // After the last card of the first page, which never moves here.
        return moveDeal({ ctx, id: from.cards[Math.floor(j / 2)]!.id, input: { stageId: to.stage.id, afterId: to.cards[to.cards.length - 1]!.id } });
      }),
    ];

    const apiCtx = (await loadPrincipal(userId, "api_key"))!;
    const { key } = await createApiKey({ ctx: apiCtx, input: { name: `board bench ${new Date().toISOString()}` } });
    const app = await startApp(database);
    let browser: Browser | null = null;
    try {
      const headers = { authorization: `Bearer ${key}` };
      const get = (path: string) => () => expectStatus(request(app.baseUrl + path, { headers }), 200).then(() => {});
      const fresh = await getBoard({ ctx, query: {} });
      const col = fresh.columns[0]!;
      const columnPath = `/api/board/column?stageId=${col.stage.id}&cursor=${col.nextCursor}`;
      await get("/api/board")();
      await get(columnPath)();
      const http = [
        { label: "GET /api/board", result: await load({ concurrency: 1, durationMs: 120_000, maxRequests: o.runs, fn: get("/api/board") }) },
        { label: "GET /api/board/column (next 50 cards)", result: await load({ concurrency: 1, durationMs: 120_000, maxRequests: o.runs, fn: get(columnPath) }) },
      ];

      browser = await chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
      const context = await browser.newContext({ viewport: { width: 2200, height: 1000 } });
      const page = await context.newPage();
      await signIn(page, app.baseUrl, email);
      await loadBoard(page, app.baseUrl); // warm-up: the server's first render and the browser's cache of the scripts
      const loads = { interactive: [] as number[], ttfb: [] as number[], fcp: [] as number[], domContentLoaded: [] as number[], htmlKb: 0 };
      for (let i = 0; i < o.loads; i++) {
        const r = await loadBoard(page, app.baseUrl);
        loads.interactive.push(r.interactive);
        loads.ttfb.push(r.ttfb);
        loads.fcp.push(r.fcp);
        loads.domContentLoaded.push(r.domContentLoaded);
        loads.htmlKb = r.htmlBytes / 1024;
      }
      const moves = await moveCards(page, sql, o.moves);
      await context.close();
      return { deals: o.deals, columns, inProcess, http, loads, moves };
    } finally {
      await browser?.close();
      await app.stop();
    }
  } finally {
    await sql.end();
  }
}

export function printBoard(r: BoardBenchResult): void {
  console.log(`\nBoard with ${r.deals} open deals (${r.columns})\n`);
  console.log("| measure | p50 ms | p95 ms | runs |\n|---|---|---|---|");
  for (const m of r.inProcess) console.log(`| in-process: ${m.label} | ${ms(m.p50)} | ${ms(m.p95)} | |`);
  for (const h of r.http) console.log(`| HTTP: ${h.label} | ${ms(h.result.p50)} | ${ms(h.result.p95)} | ${h.result.requests} (${h.result.errors} errors) |`);
  const row = (label: string, v: number[]) => console.log(`| Chromium: ${label} | ${ms(pct(v, 50))} | ${ms(pct(v, 95))} | ${v.length} |`);
  row("navigation → first byte of /board", r.loads.ttfb);
  row("navigation → first contentful paint", r.loads.fcp);
  row("navigation → DOMContentLoaded", r.loads.domContentLoaded);
  row("**navigation → board interactive** (target ≤ 2,000)", r.loads.interactive);
  row("**drop → move persisted** (the move's answer received; target p50 ≤ 200)", r.moves.persisted);
  row("… of which drop → the move's request sent", r.moves.beforeRequest);
  row("… the move's request → its answer (network and server)", r.moves.request);
  console.log(`\n/board HTML: ${r.loads.htmlKb.toFixed(0)} KiB (compressed); moves found in the database afterwards: ${r.moves.verified}/${r.moves.total}`);
}

/** Whether the figures meet the targets and every move was persisted. */
export const boardOk = (r: BoardBenchResult) => r.moves.verified === r.moves.total && r.moves.persisted.length === r.moves.total;
