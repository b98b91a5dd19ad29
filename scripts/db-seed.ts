/** npm run db:seed – load the demo workspace into an empty database (DATABASE_URL or embedded). */
import { closeDb, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isDatabaseEmpty, seedDemo } from "@/db/seed/demo";
import { openDatabase } from "./runtime";

const database = await openDatabase();
let code = 0;
try {
  process.env.DATABASE_URL = database.url;
  await migrateDatabase(database.url);
  if (!(await isDatabaseEmpty(db))) {
    console.log("[rapport] the database already holds a workspace; the demo is only loaded into an empty database");
  } else {
    const seeded = await seedDemo(db);
    console.log(`[rapport] demo workspace loaded; sign in as ${seeded.adminEmail} / ${seeded.adminPassword}`);
  }
} catch (e) {
  console.error(`[rapport] seed failed: ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
} finally {
  await closeDb();
  await database.embedded?.stop();
}
process.exit(code);
