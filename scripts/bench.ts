/**
 * npm run bench [-- --contacts 100000 --deals 20000 --seconds 10 --only api|query --explain]
 * Seeds a workspace of the given size (once per data directory, .data-bench by default), starts the production
 * app, measures the API under load and the same SQL run directly, and prints the figures as Markdown tables.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { closeDb } from "@/db/client";
import { apiBench, printRows, upsertRace } from "./bench/api";
import { explainFilters, queryBench } from "./bench/query";
import { setupBench } from "./bench/setup";

const { values } = parseArgs({
  options: { only: { type: "string" }, explain: { type: "boolean", default: false }, contacts: { type: "string", default: "100000" }, deals: { type: "string", default: "20000" }, seconds: { type: "string", default: "10" } },
});
const size = { contacts: Number(values.contacts), deals: Number(values.deals) };
const durationMs = Number(values.seconds) * 1000;
if (!Number.isInteger(size.contacts) || size.contacts < 100 || !Number.isInteger(size.deals) || size.deals < 10 || !(durationMs > 0)) {
  console.error("usage: npm run bench -- [--contacts N≥100] [--deals N≥10] [--seconds S]");
  process.exit(2);
}

console.log(`[bench] ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
const env = await setupBench(size);
let code = 0;
try {
  // --only api|query runs one section (each prints its own table).
  if (values.only !== "query") {
    const rows = await apiBench(env, { durationMs });
    printRows(rows);
    const race = await upsertRace(env);
    console.log(`\n50 concurrent deal creates with one new email: ${race.requests - race.errors}/${race.requests} succeeded, ${race.contacts} contact(s) with that email`);
    if (race.contacts !== 1 || race.errors) code = 1;
  }
  if (values.only !== "api") {
    console.log("\nSaved-filter queries on contacts: count + first page of 50 (1 client)");
    printRows(await queryBench(env, { durationMs }));
    if (values.explain) await explainFilters(env);
  }
} finally {
  await env.stop();
  await closeDb();
  await env.database.embedded?.stop();
}
process.exit(code);
