/** npm run db:migrate – apply pending migrations to DATABASE_URL (or the embedded database). */
import { migrateDatabase } from "@/db/migrate";
import { openDatabase } from "./runtime";

const database = await openDatabase();
try {
  await migrateDatabase(database.url);
  console.log("[rapport] migrations applied");
} finally {
  await database.embedded?.stop();
}
