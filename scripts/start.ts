/**
 * npm start: embedded PostgreSQL (unless DATABASE_URL), migrations, demo workspace on an empty
 * database, a production build when the sources changed, then `next start`. Ctrl-C stops both servers.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { closeDb, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isDatabaseEmpty, seedDemo } from "@/db/seed/demo";
import { authSecretForRun, openDatabase } from "./runtime";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");
const say = (line: string) => console.log(`[rapport] ${line}`);
const elapsed = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** Sources whose change makes the production build stale. */
const SOURCES = ["app", "components", "lib", "db", "public", "next.config.ts", "package-lock.json", "postcss.config.mjs", "proxy.ts", "instrumentation.ts", "tsconfig.json"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the web server did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function main() {
  const t0 = Date.now();
  const database = await openDatabase();
  say(database.embedded ? `embedded PostgreSQL on 127.0.0.1:${database.embedded.port} (${elapsed(t0)})` : "using DATABASE_URL");

  let child: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child!.once("exit", r));
    }
    await closeDb().catch(() => {});
    await database.embedded?.stop().catch(() => {});
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));

  try {
    process.env.DATABASE_URL = database.url;
    await migrateDatabase(database.url);
    say(`migrations applied (${elapsed(t0)})`);

    const seedWanted = database.embedded !== null || process.argv.includes("--seed") || process.env.RAPPORT_SEED_DEMO === "true";
    let seeded: { adminEmail: string; adminPassword: string } | null = null;
    if (seedWanted && (await isDatabaseEmpty(db))) {
      seeded = await seedDemo(db);
      say(`demo workspace loaded (${elapsed(t0)})`);
    }
    await closeDb();

    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: authSecretForRun(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    };

    if (!dev && buildIsStale()) {
      say("building the app (first start or sources changed)…");
      const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
      if (build.status !== 0) throw new Error("next build failed");
      say(`build done (${elapsed(t0)})`);
    }

    child = spawn(nextBin, [dev ? "dev" : "start", "-p", String(port)], { stdio: ["ignore", "inherit", "inherit"], env });
    child.on("exit", (code) => void stop(code ?? 1));
    const url = `http://localhost:${port}`;
    await waitForHealth(`${url}/api/health`, child);

    console.log("");
    say(`Rapport is running on ${url}  (ready in ${elapsed(t0)})`);
    if (seeded || database.embedded) {
      const { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } = await import("@/db/seed/demo");
      say(`demo login: ${seeded?.adminEmail ?? DEMO_ADMIN_EMAIL} / ${seeded?.adminPassword ?? DEMO_ADMIN_PASSWORD}`);
    }
    say("press Ctrl-C to stop");
  } catch (e) {
    console.error(`[rapport] start failed: ${e instanceof Error ? e.message : String(e)}`);
    await stop(1);
  }
}

void main();
