/**
 * npm run worker: automation workers without the web server, for scaling out. Run as many as needed
 * (they share the queue through PostgreSQL); set RAPPORT_WORKER=off on the web servers to keep them
 * out of the work. Needs DATABASE_URL.
 */
import { closeDb, db } from "@/db/client";
import { installQueue } from "@/lib/automation/queue";
import { startWorker } from "@/lib/automation/worker";

if (!process.env.DATABASE_URL) {
  console.error("[worker] DATABASE_URL is not set");
  process.exit(1);
}
// pg-boss's schema and queue (idempotent, under pg-boss's advisory lock): a worker may start before any web server migrated.
await installQueue(db);
const worker = startWorker({ log: (m) => console.error(`[worker] ${m}`) });
console.log(`[worker] automation worker started (pid ${process.pid})`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await worker.stop();
    await closeDb();
    process.exit(0);
  });
}
