import { describe, expect, it } from "vitest";
import * as health from "@/app/api/health/route";
import { closeDb } from "@/db/client";
import { call } from "../helpers";

describe("GET /api/health with the database down", () => {
  it("answers 503 and says the database is unreachable", async () => {
    const real = process.env.DATABASE_URL;
    await closeDb();
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    process.env.DATABASE_URL = "postgres://nobody:nothing@127.0.0.1:9/none";
    try {
      const res = await call(health.GET, { path: "/api/health" });
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: "degraded", db: "unreachable" });
    } finally {
      await closeDb();
      process.env.DATABASE_URL = real;
    }
    expect((await call(health.GET, { path: "/api/health" })).status).toBe(200);
  });
});
