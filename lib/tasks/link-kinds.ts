/** The records a task can link to (and the task table can be narrowed to); free of the database, for the client too. */
export const LINK_KINDS = ["contact", "account", "deal"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
