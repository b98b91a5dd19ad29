/**
 * npm run bench:profile -- <path> [--seconds 10] [--clients 8] [--top 30] [--method POST --body '{"name":"D {i}"}' --status 201]
 * Starts the benchmark's app (scripts/bench/setup.ts) with V8's CPU profiler on (cpu-profile.cjs), sends <method> <path>
 * (with the JSON body, `{i}` replaced by the request's number) from
 * `--clients` clients for `--seconds`, stops the app and prints the functions with the most self time
 * in the web server's profile (the .cpuprofile files stay under <data dir>/profiles for a viewer).
 */
import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb } from "@/db/client";
import { expectStatus, load, ms, request } from "./load";
import { openBenchDatabase, setupBench } from "./setup";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: "string", default: "10" },
    clients: { type: "string", default: "8" },
    method: { type: "string", default: "GET" },
    body: { type: "string" },
    status: { type: "string", default: "200" },
    top: { type: "string", default: "30" },
    contacts: { type: "string", default: "100000" },
    deals: { type: "string", default: "20000" },
  },
});
const target = positionals[0];
if (!target?.startsWith("/")) {
  console.error("usage: npm run bench:profile -- /api/<path> [--seconds S] [--clients N] [--top N]   (or an existing .cpuprofile file)");
  process.exit(2);
}

const short = (url: string) => url.replace(/^file:\/\//, "").replace(/^.*node_modules\//, "~/").replace(/^.*\/\.next\//, ".next/");

/** The build's source maps, so that minified chunks read as our files and lines. */
const maps = new Map<string, SourceMap | null>();
function original(frame: Node["callFrame"]): { url: string; line: number } {
  const file = frame.url.replace(/^file:\/\//, "");
  if (!file.includes("/.next/")) return { url: short(frame.url), line: frame.lineNumber + 1 };
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8"))));
    } catch {
      maps.set(file, null);
    }
  }
  const entry = maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !("originalSource" in entry)) return { url: short(frame.url), line: frame.lineNumber + 1 };
  return { url: short(entry.originalSource.replace(/^.*\[project\]\//, "").replace(/^(\.\.\/)+/, "")), line: entry.originalLine + 1 };
}

/** Self time per function (name, file, line) and inclusive time per file, in % of the samples taken after `since` (µs, monotonic clock). */
export function summarise(profile: Profile, top: number, since = 0): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const where = new Map(profile.nodes.map((n) => [n.id, original(n.callFrame)]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const inclusiveFn = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (at < since) return;
    total += dt;
    const node = byId.get(id)!;
    const { url, line } = where.get(id)!;
    const key = `${node.callFrame.functionName || "(anonymous)"}  ${url}:${line}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const files = new Set<string>();
    const functions = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const fn = `${byId.get(cur)!.callFrame.functionName || "(anonymous)"}  ${where.get(cur)!.url}:${where.get(cur)!.line}`;
      if (!functions.has(fn)) inclusiveFn.set(fn, (inclusiveFn.get(fn) ?? 0) + dt);
      functions.add(fn);
      const f = where.get(cur)!.url || byId.get(cur)!.callFrame.functionName;
      if (!files.has(f)) inclusive.set(f, (inclusive.get(f) ?? 0) + dt);
      files.add(f);
    }
  });
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `${(total / 1e6).toFixed(1)} s of samples`,
    "self time:",
    ...sorted(self).map(([k, t]) => `${pct(t)}  ${k}`),
    "inclusive time by file:",
    ...sorted(inclusive).map(([k, t]) => `${pct(t)}  ${k}`),
    "inclusive time by function:",
    ...sorted(inclusiveFn).map(([k, t]) => `${pct(t)}  ${k}`),
  ];
}

if (target.endsWith(".cpuprofile")) {
  for (const line of summarise(JSON.parse(fs.readFileSync(target, "utf8")) as Profile, Number(values.top))) console.log(line);
  process.exit(0);
}

const database = await openBenchDatabase();
const dir = path.resolve(process.env.RAPPORT_DATA_DIR!, "profiles", String(Date.now()));
fs.mkdirSync(dir, { recursive: true });
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --require ${path.resolve("scripts/bench/cpu-profile.cjs")}`.trim();
process.env.RAPPORT_CPU_PROFILE_DIR = dir;
let since = 0;
const env = await setupBench({ contacts: Number(values.contacts), deals: Number(values.deals) }, database);
delete process.env.NODE_OPTIONS;
try {
  const headers = { authorization: `Bearer ${env.key}`, "content-type": "application/json" };
  const send = (i: number) =>
    expectStatus(request(env.baseUrl + target, { method: values.method, headers, body: values.body?.replaceAll("{i}", `${Date.now()}-${i}`) }), Number(values.status)).then(() => {});
  for (let i = 0; i < 5; i++) await send(-i - 1);
  since = Number(process.hrtime.bigint() / 1000n); // the profiler's clock: monotonic, in µs
  const r = await load({ concurrency: Number(values.clients), durationMs: Number(values.seconds) * 1000, fn: send });
  console.log(`${values.method} ${target}: ${r.requests} requests, ${r.errors} errors, p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms, ${r.rps.toFixed(0)} req/s`);
} finally {
  await env.stop();
  await closeDb();
  await database.embedded?.stop();
}
// The web server is the profiled process that ran longest (the biggest profile). `next start` runs it in a
// child of its own, which may still be writing its profile when the launcher has exited: wait a little.
const profiles = () => fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
for (let i = 0; i < 50 && profiles().length === 0; i++) await new Promise((r) => setTimeout(r, 200));
await new Promise((r) => setTimeout(r, 500));
const server = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
if (!server) {
  console.error(`no profile written in ${dir}`);
  process.exit(1);
}
console.log(`profile: ${server}`);
for (const line of summarise(JSON.parse(fs.readFileSync(server, "utf8")) as Profile, Number(values.top), since)) console.log(line);
