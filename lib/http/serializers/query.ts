import type { Ctx } from "@/lib/auth/context";
import type { QueryResults } from "@/lib/query/results";
import { coneAccount, coneContact } from "./cone";
import { coneLead } from "./leads";
import { coneTask } from "./tasks";

/** The records of a query in document 003's shapes (Contact, Account, Lead, Task). */
export function coneRecords(results: QueryResults, ctx: Pick<Ctx, "tenantId" | "tenantName">): unknown[] {
  switch (results.entity) {
    case "contact":
      return results.rows.map(coneContact);
    case "account":
      return results.rows.map(coneAccount);
    case "deal":
      return results.rows.map(coneLead);
    case "task":
      return results.rows.map((t) => coneTask(t, ctx));
  }
}
