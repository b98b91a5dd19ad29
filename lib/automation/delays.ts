import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { ENTITY_TABLES, entityFields } from "@/lib/query";
import { isDelayDateField, triggerRecordType } from "./catalog";
import { DelayData, graphTrigger, type Graph, type GraphIssue } from "./graph";
import type { RecordSnapshot } from "./record";

/**
 * "Wait until a date field of the record": the field is named as the query registry names it (the
 * names conditions use: `expectedCloseDate`, `dateCreated`, `custom.renewal`…), a date or datetime of
 * the record itself. A `date` field means midnight UTC of that day; `offsetHours` moves the moment.
 */

/** Problems of the graph's "until a date field" delays: the field must be a date field of the trigger's record. Checked on activation. */
export async function delayFieldIssues(tx: DbOrTx, ctx: Pick<Ctx, "tenantId">, graph: Graph): Promise<GraphIssue[]> {
  const entity = triggerRecordType(graphTrigger(graph)?.trigger ?? "");
  const waits = graph.nodes.flatMap((n, i) => {
    const parsed = n.type === "delay" ? DelayData.safeParse(n.data) : null;
    return parsed?.success && "untilField" in parsed.data.delay ? [{ n, i, name: parsed.data.delay.untilField }] : [];
  });
  if (!entity || waits.length === 0) return [];
  const fields = await entityFields(ctx, entity, tx);
  return waits
    .filter(({ name }) => !fields.some((f) => f.name === name && isDelayDateField(f)))
    .map(({ n, i, name }) => {
      const path = `nodes[${i}].data.delay.untilField`;
      return { code: "unknown_date_field" as const, message: `${path}: ${name} is not a date field of the ${entity}`, params: { field: name, entity }, nodeId: n.id, path };
    });
}

/** The moment a delay of the run's record waits for; null when the field is empty (the delay is skipped). */
export async function delayFieldDate(tx: DbOrTx, record: RecordSnapshot, tenantId: string, untilField: string, offsetHours = 0): Promise<Date | null> {
  const def = (await entityFields({ tenantId }, record.type, tx)).find((f) => f.name === untilField && isDelayDateField(f));
  let ms = NaN;
  const target = def?.target();
  if (target && !target.via) {
    const table = ENTITY_TABLES[record.type];
    const [row] = await tx
      .select({ epoch: sql<number | null>`extract(epoch from ${target.expr})::float8` })
      .from(table as typeof ENTITY_TABLES.deal)
      .where(and(eq(table.id, record.id), eq(table.tenantId, tenantId)));
    if (row?.epoch !== null && row?.epoch !== undefined) ms = Number(row.epoch) * 1000;
  } else {
    // Custom fields (already loaded with the record) and column names written before the registry names.
    const value = record.fields[untilField];
    ms = value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : NaN;
  }
  return Number.isNaN(ms) ? null : new Date(ms + offsetHours * 3_600_000);
}
