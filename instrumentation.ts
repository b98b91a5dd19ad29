/**
 * Next.js calls register() once when the server process starts: the automation worker runs inside
 * `npm start` unless RAPPORT_WORKER=off (e.g. when workers run as separate `npm run worker` processes).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.RAPPORT_WORKER === "off" || !process.env.DATABASE_URL) return;
  const { startWorker } = await import("@/lib/automation/worker");
  const worker = startWorker();
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void worker.stop());
}
