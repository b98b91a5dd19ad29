import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/**
 * `column = any($1::type[])`: membership in a list as ONE parameter. Drizzle's `inArray` writes one
 * placeholder per value, so a page of 50 ids costs 50 parameters to build, bind and plan, and each list
 * length is another statement text (another prepared statement per connection). An empty list matches
 * nothing.
 */
export function anyOf(column: PgColumn, values: readonly (string | number)[]): SQL {
  return sql`${column} = any(${sql.param([...values])}::${sql.raw(column.getSQLType())}[])`;
}
