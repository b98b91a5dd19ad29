import type { DbOrTx } from "@/db/client";
import type { EntityType } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { isAppError } from "@/lib/errors";
import { matches, validateQuery } from "@/lib/query";
import { PermanentError } from "./actions/types";
import { graphTrigger, type Graph, type GraphIssue } from "./graph";
import { triggerRecordType } from "./catalog";

/**
 * Automation conditions go through the saved-filter compiler (lib/query): the condition's
 * react-querybuilder query is validated against the registry of the record's entity (custom fields
 * included) and compiled to SQL, then checked against the one triggering record. Saved filters,
 * list filters and automation conditions therefore can never disagree.
 */

/**
 * Does the triggering record satisfy a condition node's query? Runs in the step's transaction, as
 * the automation's acting identity (so `"me"` means the automation's author). A query the registry
 * rejects (a field deleted since activation…) fails the step for good, naming the problem.
 */
export async function conditionMatches(
  tx: DbOrTx,
  ctx: Pick<Ctx, "tenantId" | "userId">,
  record: { type: EntityType; id: string },
  query: unknown,
): Promise<boolean> {
  try {
    return await matches({ ctx, entity: record.type, query, recordId: record.id, tx, path: "query" });
  } catch (e) {
    if (isAppError(e) && e.code === "validation") throw new PermanentError(`the condition is no longer valid: ${e.message}`);
    throw e;
  }
}

/**
 * Registry problems of the graph's condition queries (unknown field, operator not allowed for the
 * field's type, value of the wrong type…), each named by its path in the graph:
 * `nodes[2].data.query.rules[0].field`. Checked when an automation is activated.
 */
export async function conditionIssues(tx: DbOrTx, ctx: Pick<Ctx, "tenantId" | "userId">, graph: Graph, skip: ReadonlySet<string> = new Set()): Promise<GraphIssue[]> {
  const trigger = graphTrigger(graph);
  const entity = trigger ? triggerRecordType(trigger.trigger) : null;
  if (!entity) return [];
  const issues: GraphIssue[] = [];
  for (const [i, n] of graph.nodes.entries()) {
    const query = (n.data as { query?: unknown }).query;
    if (n.type !== "condition" || skip.has(n.id) || query === undefined || query === null) continue;
    const path = `nodes[${i}].data.query`;
    try {
      await validateQuery({ ctx, entity, query, tx, path });
    } catch (e) {
      if (!isAppError(e) || e.code !== "validation") throw e;
      for (const [field, message] of Object.entries(e.fields ?? { [path]: e.message })) {
        issues.push({ code: "invalid_condition", message: `${field}: ${message}`, nodeId: n.id, path: field });
      }
    }
  }
  return issues;
}
