/**
 * npm run bench [-- --only api,query,board,automation --contacts 100000 --deals 20000 --seconds 10 --explain
 *                  --board-deals 5000 --runs 30 --loads 10 --moves 20 --events 1000 --live 300 --live-rate 25 --workers 4 --delays 50]
 * Sections (all by default; `--only` picks some, comma-separated):
 * - api: seeds a workspace of the given size (once per data directory, .data-bench by default), starts the
 *   production app, measures the API under load and the same SQL run directly;
 * - query: saved-filter queries on contacts on the same workspace (`--explain` prints their plans);
 * - board: the pipeline board with `--board-deals` open deals: the board verb in-process, its endpoints over
 *   HTTP, time to interactive and drop → persisted in headless Chromium (scripts/bench/board.ts);
 * - automation: the automation engine's throughput, trigger-to-done latency and delay precision
 *   (scripts/bench/automation.ts).
 * Prints the figures as Markdown tables.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { closeDb } from "@/db/client";
import { apiBench, printRows, upsertRace } from "./bench/api";
import { automationBench, printAutomation } from "./bench/automation";
import { boardBench, boardOk, printBoard } from "./bench/board";
import { explainFilters, queryBench } from "./bench/query";
import { openBenchDatabase, setupBench } from "./bench/setup";

const SECTIONS = ["api", "query", "board", "automation"] as const;
const { values } = parseArgs({
  options: {
    only: { type: "string" },
    explain: { type: "boolean", default: false },
    contacts: { type: "string", default: "100000" },
    deals: { type: "string", default: "20000" },
    seconds: { type: "string", default: "10" },
    events: { type: "string", default: "1000" },
    live: { type: "string", default: "300" },
    "live-rate": { type: "string", default: "25" },
    workers: { type: "string", default: process.env.RAPPORT_WORKER_CONCURRENCY ?? "4" },
    delays: { type: "string", default: "50" },
    "board-deals": { type: "string", default: "5000" },
    runs: { type: "string", default: "30" },
    loads: { type: "string", default: "10" },
    moves: { type: "string", default: "20" },
  },
});
const only = values.only ? values.only.split(",").map((s) => s.trim()) : [...SECTIONS];
const size = { contacts: Number(values.contacts), deals: Number(values.deals) };
const durationMs = Number(values.seconds) * 1000;
const boardOpts = { deals: Number(values["board-deals"]), runs: Number(values.runs), loads: Number(values.loads), moves: Number(values.moves) };
const auto = { events: Number(values.events), live: Number(values.live), liveRate: Number(values["live-rate"]), workers: Number(values.workers), delays: Number(values.delays) };
if (
  only.some((s) => !(SECTIONS as readonly string[]).includes(s)) ||
  !Number.isInteger(size.contacts) || size.contacts < 100 || !Number.isInteger(size.deals) || size.deals < 10 || !(durationMs > 0) ||
  !Object.values(boardOpts).every((n) => Number.isInteger(n) && n >= 1) || boardOpts.deals < 200 || boardOpts.runs > 60 ||
  !Number.isInteger(auto.events) || auto.events < 1 || !Number.isInteger(auto.live) || auto.live < 1 || !(auto.liveRate > 0) || !Number.isInteger(auto.workers) || auto.workers < 1 || !Number.isInteger(auto.delays) || auto.delays < 1
) {
  console.error(`usage: npm run bench -- [--only ${SECTIONS.join(",")}] [--contacts N≥100] [--deals N≥10] [--seconds S] [--explain] [--board-deals N≥200] [--runs 1–60] [--loads N≥1] [--moves N≥1] [--events N≥1] [--live N≥1] [--live-rate R>0] [--workers N≥1] [--delays N≥1]`);
  process.exit(2);
}

console.log(`[bench] ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
const database = await openBenchDatabase();
let code = 0;
try {
  if (only.includes("api") || only.includes("query")) {
    const env = await setupBench(size, database);
    try {
      if (only.includes("api")) {
        const rows = await apiBench(env, { durationMs });
        printRows(rows);
        const race = await upsertRace(env);
        console.log(`\n50 concurrent deal creates with one new email: ${race.requests - race.errors}/${race.requests} succeeded, ${race.contacts} contact(s) with that email`);
        if (race.contacts !== 1 || race.errors) code = 1;
      }
      if (only.includes("query")) {
        console.log("\nSaved-filter queries on contacts: count + first page of 50 (1 client)");
        printRows(await queryBench(env, { durationMs }));
        if (values.explain) await explainFilters(env);
      }
    } finally {
      await env.stop();
    }
  }
  if (only.includes("board")) {
    const r = await boardBench(database, boardOpts);
    printBoard(r);
    if (!boardOk(r)) code = 1;
  }
  if (only.includes("automation")) {
    const r = await automationBench(auto);
    printAutomation(r);
    if (r.runs !== r.events || r.duplicates || r.live !== auto.live || r.liveDuplicates || r.failed) code = 1;
  }
} finally {
  await closeDb();
  await database.embedded?.stop();
}
process.exit(code);
