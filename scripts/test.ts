/**
 * npm test: static checks (types, lint), unit + integration tests (Vitest, real PostgreSQL), then
 * end-to-end tests (Playwright, Chromium). Every suite runs even when an earlier one fails; the last
 * line sums them up as "tests: N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { resolveChromium } from "../e2e/chromium";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);
const only = process.argv[2]; // "unit" | "e2e" | "static" | undefined (all)
const results: { suite: string; ok: boolean; passed: number; failed: number; skipped: number; seconds: number }[] = [];

function run(suite: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${suite}: ${path.basename(cmd)} ${args.join(" ")}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  const ok = r.status === 0;
  results.push({ suite, ok, passed: 0, failed: 0, skipped: 0, seconds: (Date.now() - t0) / 1000 });
  return ok;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

fs.mkdirSync("test-results", { recursive: true });

if (!only || only === "static") {
  run("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
  run("lint", bin("eslint"), [".", "--max-warnings=0"]);
}

if (!only || only === "unit") {
  fs.rmSync("test-results/vitest.json", { force: true });
  const ok = run("unit+integration", bin("vitest"), ["run", "--reporter=default", "--reporter=json", "--outputFile=test-results/vitest.json"]);
  const v = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>("test-results/vitest.json");
  const last = results.at(-1)!;
  if (v) Object.assign(last, { passed: v.numPassedTests, failed: v.numFailedTests, skipped: v.numPendingTests + v.numTodoTests });
  else if (!ok) last.failed = 1;
}

if (!only || only === "e2e") {
  const executable = await resolveChromium();
  const dataDir = path.resolve(".data-e2e");
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync("test-results/e2e.json", { force: true });
  const ok = run("e2e", bin("playwright"), ["test"], { CHROMIUM_PATH: executable, E2E_DATA_DIR: dataDir });
  const p = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>("test-results/e2e.json");
  const last = results.at(-1)!;
  if (p) Object.assign(last, { passed: p.stats.expected + p.stats.flaky, failed: p.stats.unexpected, skipped: p.stats.skipped });
  else if (!ok) last.failed = 1;
  fs.rmSync(dataDir, { recursive: true, force: true });
}

console.log("\n=== summary");
for (const r of results) {
  const counts = r.passed || r.failed ? ` ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}` : "";
  console.log(`${r.ok ? "ok  " : "FAIL"} ${r.suite.padEnd(18)} ${r.seconds.toFixed(1).padStart(6)} s${counts}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
// A failing step without countable tests (typecheck, lint, a crashed runner) counts as one failure.
const failed = results.reduce((n, r) => n + (r.failed || (r.ok ? 0 : 1)), 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
