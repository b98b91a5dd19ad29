import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/** A user's search text as a LIKE pattern matching it anywhere, with % and _ taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A case-insensitive LIKE written as `lower(column) like lower(pattern)`: the one form of text matching that
 * the trigram indexes on `lower(column)` serve, shared with saved filters (lib/query), so that each searched
 * column needs one trigram index.
 */
export const likeLower = (column: SQLWrapper, pattern: string): SQL => sql`lower(${column}) like lower(${pattern})`;
