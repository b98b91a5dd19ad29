/** npm run apikey -- --email <user> --name <label> – print a new API key acting as that user. */
import { parseArgs } from "node:util";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, db } from "@/db/client";
import { users } from "@/db/schema";
import { createApiKey } from "@/lib/api-keys/create";
import { loadPrincipal } from "@/lib/auth/principal";
import { isAppError } from "@/lib/errors";
import { openDatabase } from "./runtime";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string", default: "CLI" } } });
if (!values.email) {
  console.error("usage: npm run apikey -- --email <user email> [--name <label>]");
  process.exit(2);
}

const database = await openDatabase();
let code = 0;
try {
  process.env.DATABASE_URL = database.url;
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${values.email.toLowerCase()}`, eq(users.isActive, true), sql`not ${users.isDeleted}`));
  const ctx = user ? await loadPrincipal(user.id, "api_key") : null;
  if (!ctx) throw new Error(`no active user with email ${values.email}`);
  const key = await createApiKey({ ctx, input: { name: values.name } });
  console.log(key.key);
  console.error(`[rapport] key "${key.name}" created for ${ctx.email} in workspace "${ctx.tenantName}"; it is shown only this once`);
} catch (e) {
  console.error(`[rapport] ${isAppError(e) ? e.message : e instanceof Error ? e.message : String(e)}`);
  code = 1;
} finally {
  await closeDb();
  await database.embedded?.stop();
}
process.exit(code);
