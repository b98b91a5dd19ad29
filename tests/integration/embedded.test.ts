import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/db/embedded";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-embedded-"));
fs.chmodSync(dir, 0o755); // as root, PostgreSQL runs as its own system user, which must reach the cluster
let first: EmbeddedServer | undefined;
afterAll(async () => {
  await first?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it("lets a second process (npm run apikey while npm start runs) share the running server", async () => {
    first = await startEmbeddedPostgres({ dataDir: dir, persistent: false });
    const second = await startEmbeddedPostgres({ dataDir: dir });
    expect(second.port).toBe(first.port);

    await second.stop(); // must not stop the server the first one owns
    const sql = postgres(first.url(), { max: 1, onnotice: () => {} });
    try {
      expect((await sql`select 1 as one`)[0]).toEqual({ one: 1 });
    } finally {
      await sql.end();
    }
  }, 60_000);
});
