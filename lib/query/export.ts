import type { Ctx } from "@/lib/auth/context";
import { countAndPage, type EntityRow } from "./run";
import type { EntityName } from "./types";

/**
 * A matching record as the preview lists it: its title and one detail as data (an amount with its currency,
 * a due date, a place, an email), so that the page formats it for the reader's locale.
 */
export type PreviewDetail =
  | { kind: "email"; email: string }
  | { kind: "place"; city: string | null; country: string | null }
  | { kind: "amount"; amount: number; currency: string }
  | { kind: "due"; at: string };
export type PreviewRow = { id: string; title: string; detail: PreviewDetail | null };

const name = (first: string | null, last: string | null) => [first, last].filter(Boolean).join(" ");

function previewRow(entity: EntityName, row: EntityRow[EntityName]): PreviewRow {
  switch (entity) {
    case "contact": {
      const c = row as EntityRow["contact"];
      return { id: c.id, title: name(c.firstName, c.lastName) || c.primaryEmail || c.id, detail: c.primaryEmail ? { kind: "email", email: c.primaryEmail } : null };
    }
    case "account": {
      const a = row as EntityRow["account"];
      return { id: a.id, title: a.name, detail: a.city || a.country ? { kind: "place", city: a.city || null, country: a.country || null } : null };
    }
    case "deal": {
      const d = row as EntityRow["deal"];
      return { id: d.id, title: d.name, detail: d.amount === null ? null : { kind: "amount", amount: Number(d.amount), currency: d.currency } };
    }
    case "task": {
      const t = row as EntityRow["task"];
      return { id: t.id, title: t.title, detail: t.endAt ? { kind: "due", at: t.endAt.toISOString() } : null };
    }
  }
}

/** The live preview of a query: the count and the first rows. */
export async function previewQuery({ ctx, entity, query, limit = 10 }: { ctx: Ctx; entity: EntityName; query: unknown; limit?: number }) {
  const page = await countAndPage({ ctx, entity, query, limit });
  return { total: page.total, rows: page.rows.map((r) => previewRow(entity, r)) };
}

/** Columns of the CSV export: header → value of a row. */
const COLUMNS: { [E in EntityName]: [string, (r: EntityRow[E]) => unknown][] } = {
  contact: [["id", (r) => r.id], ["firstName", (r) => r.firstName], ["lastName", (r) => r.lastName], ["primaryEmail", (r) => r.primaryEmail], ["mobilePhone", (r) => r.mobilePhone], ["workPhone", (r) => r.workPhone], ["companyName", (r) => r.companyName], ["jobTitle", (r) => r.jobTitle], ["city", (r) => r.city], ["country", (r) => r.country], ["dateCreated", (r) => r.createdAt]],
  account: [["id", (r) => r.id], ["name", (r) => r.name], ["website", (r) => r.website], ["industry", (r) => r.industry], ["primaryEmail", (r) => r.primaryEmail], ["city", (r) => r.city], ["country", (r) => r.country], ["dateCreated", (r) => r.createdAt]],
  deal: [["id", (r) => r.id], ["name", (r) => r.name], ["amount", (r) => r.amount], ["currency", (r) => r.currency], ["status", (r) => r.status], ["probability", (r) => r.probability], ["expectedCloseDate", (r) => r.expectedCloseDate], ["stageId", (r) => r.stageId], ["ownerId", (r) => r.ownerId], ["dateCreated", (r) => r.createdAt]],
  task: [["id", (r) => r.id], ["title", (r) => r.title], ["type", (r) => r.type], ["dueAt", (r) => r.endAt], ["completedAt", (r) => r.completedAt], ["assigneeId", (r) => r.assigneeId], ["dateCreated", (r) => r.createdAt]],
};

/** One CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets never run it as a formula. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const EXPORT_LIMIT = 10_000;

/** The matching records as CSV (at most EXPORT_LIMIT rows, newest first). */
export async function exportCsv({ ctx, entity, query }: { ctx: Ctx; entity: EntityName; query: unknown }): Promise<{ csv: string; total: number; exported: number }> {
  const page = await countAndPage({ ctx, entity, query, limit: EXPORT_LIMIT });
  const columns = COLUMNS[entity] as [string, (r: EntityRow[EntityName]) => unknown][];
  const lines = [columns.map(([h]) => h).join(","), ...page.rows.map((r) => columns.map(([, get]) => csvCell(get(r))).join(","))];
  return { csv: `${lines.join("\r\n")}\r\n`, total: page.total, exported: page.rows.length };
}
