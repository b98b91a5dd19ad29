import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
/** A transaction handle; verbs accept it so that they can be composed inside one transaction. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;

type Handle = { url: string; client: postgres.Sql; db: Database };
type QueryObserver = (query: string, params: unknown[]) => void;
// Kept on globalThis so that Next's dev reloads reuse one pool instead of leaking connections.
const store = globalThis as unknown as { __rapportDb?: Handle; __rapportQueryObserver?: QueryObserver };

/**
 * Sees every SQL text and its parameters as Drizzle sends them, until the returned function is called.
 * The benchmark uses it to replay exactly the SQL behind an endpoint, straight through postgres.js.
 */
export function observeQueries(observer: QueryObserver): () => void {
  store.__rapportQueryObserver = observer;
  return () => {
    if (store.__rapportQueryObserver === observer) store.__rapportQueryObserver = undefined;
  };
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded PostgreSQL)");
  return url;
}

/**
 * The client Drizzle gets: every statement is a named prepared statement of its connection. Drizzle asks
 * postgres.js for unnamed ones (`prepare: false`), which postgres.js sends as Parse + Describe, waits for
 * the parameter types, then Bind + Execute: two round trips per statement, a parse and plan each time,
 * and no pipelining behind it. A named statement is parsed once per connection; afterwards each execution
 * is one Bind + Execute, and the statements of a `Promise.all` share round trips. Transactions and
 * savepoints hand Drizzle new clients, which get the same treatment. Each distinct statement text stays
 * prepared on its connection until postgres.js retires the connection (max_lifetime: 30–60 minutes);
 * lists of ids are one array parameter (db/any-of.ts) so that their length does not make a new text.
 * DATABASE_PREPARE=false turns this
 * off (a transaction-mode connection pooler in front of PostgreSQL cannot keep named statements).
 */
export function preparing(client: postgres.Sql): postgres.Sql {
  if (process.env.DATABASE_PREPARE === "false") return client;
  type Unsafe = (query: string, params?: unknown[], options?: Record<string, unknown>) => unknown;
  type Scoped = (...args: unknown[]) => unknown;
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe") {
        const unsafe = target.unsafe as unknown as Unsafe;
        return (query: string, params?: unknown[], options?: Record<string, unknown>) => unsafe(query, params, { ...options, prepare: true });
      }
      if (prop === "begin" || prop === "savepoint") {
        const scoped = Reflect.get(target, prop, receiver) as Scoped;
        return (...args: unknown[]) => {
          const fn = args.pop() as (c: postgres.Sql) => unknown;
          return scoped.call(target, ...args, (c: postgres.Sql) => fn(preparing(c)));
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

function handle(): Handle {
  const url = databaseUrl();
  if (store.__rapportDb?.url === url) return store.__rapportDb;
  const client = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
    connection: { application_name: "rapport" },
  });
  store.__rapportDb = { url, client, db: drizzle({ client: preparing(client), schema, casing: "snake_case", logger: { logQuery: (q, p) => store.__rapportQueryObserver?.(q, p) } }) };
  return store.__rapportDb;
}

/**
 * The application's database. Connects on first use, so that importing it costs nothing at build time.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = handle().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

/** The underlying postgres.js client, for what Drizzle does not cover (LISTEN). */
export const rawClient = (): postgres.Sql => handle().client;

/** Closes the pool (scripts and tests call this before exiting). */
export async function closeDb(): Promise<void> {
  const h = store.__rapportDb;
  store.__rapportDb = undefined;
  if (h) await h.client.end({ timeout: 5 });
}
