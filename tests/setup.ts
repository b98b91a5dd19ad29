import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, inject } from "vitest";

// A fresh database for this test file, copied from the migrated template (tests/global-setup.ts).
const adminUrl = inject("pgAdminUrl");
const name = `test_${randomUUID().replace(/-/g, "")}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
for (let attempt = 1; ; attempt++) {
  try {
    await admin.unsafe(`create database ${name} template rapport_template`);
    break;
  } catch (e) {
    // Two files copying the template at the same instant can collide; try again shortly.
    if (attempt >= 5) throw e;
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
}
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production-0123456789";
process.env.RAPPORT_BCRYPT_COST ??= "4";

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});
