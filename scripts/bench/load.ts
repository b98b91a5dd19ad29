import http from "node:http";
import { performance } from "node:perf_hooks";

export type LoadResult = { requests: number; errors: number; p50: number; p95: number; p99: number; rps: number; firstError?: string };

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);

/**
 * Runs `fn` from `concurrency` parallel clients for `durationMs` (or until `maxRequests`), and reports
 * latency percentiles in milliseconds and the throughput. `fn` throws (or rejects) to count an error.
 * With `warmupMs`, the clients first run that long unmeasured (JIT-compiled code paths, prepared
 * statements on every connection, caches); errors during the warm-up count too.
 */
export async function load(opts: { concurrency: number; durationMs: number; warmupMs?: number; maxRequests?: number; fn: (i: number) => Promise<void> }): Promise<LoadResult> {
  let errors = 0;
  let firstError: string | undefined;
  if (opts.warmupMs) {
    const until = performance.now() + opts.warmupMs;
    let n = 0;
    const warm = async () => {
      while (performance.now() < until) {
        try {
          await opts.fn(-++n);
        } catch (e) {
          errors++;
          firstError ??= e instanceof Error ? e.message : String(e);
        }
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, warm));
  }
  const latencies: number[] = [];
  let issued = 0;
  const start = performance.now();
  const deadline = start + opts.durationMs;
  const client = async () => {
    while (performance.now() < deadline && (opts.maxRequests === undefined || issued < opts.maxRequests)) {
      const i = issued++;
      const t0 = performance.now();
      try {
        await opts.fn(i);
        latencies.push(performance.now() - t0);
      } catch (e) {
        errors++;
        firstError ??= e instanceof Error ? e.message : String(e);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, client));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length + errors, errors, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), rps: latencies.length / seconds, firstError };
}

/**
 * The load generator's HTTP client: node:http over keep-alive connections (one per client), as wrk or
 * autocannon do. fetch (undici) costs the generator 0.5–1.5 ms of CPU per request (WHATWG streams, abort
 * signals), and here it shares the two cores with the server it measures.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export type Reply = { status: number; text: string };

export function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/** Throws on any status other than the expected one, so that load() counts it as an error; the parsed body otherwise. */
export async function expectStatus(reply: Reply | Promise<Reply>, status: number): Promise<unknown> {
  const r = await reply;
  if (r.status !== status) throw new Error(`HTTP ${r.status} (expected ${status}): ${r.text.slice(0, 200)}`);
  return r.text ? JSON.parse(r.text) : null;
}

export const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
